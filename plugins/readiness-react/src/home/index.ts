export { HomeWidgetFrame, type HomeWidgetRow } from './HomeWidgetFrame';
export { useMySquads } from './useMySquads';
