export { scorecardsPlugin as default } from './plugin';
