export { createContinuityRouter } from './createContinuityRouter';
