export { continuityPlugin as default } from './plugin';
