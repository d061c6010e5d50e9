export { postmortemsPlugin as default } from './plugin';
