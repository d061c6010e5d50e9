export { readinessPlugin as default } from './plugin';
