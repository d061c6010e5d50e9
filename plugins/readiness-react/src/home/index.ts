export {
  HomeWidgetFrame,
  type HomeWidgetRow,
  type HomeWidgetState,
} from './HomeWidgetFrame';
export { useMySquads } from './useMySquads';
