export { scorecardsPlugin as default } from './plugin';
export { scorecardsApiRef } from './api';
