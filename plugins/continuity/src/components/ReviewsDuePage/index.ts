export { ReviewsDuePage } from './ReviewsDuePage';
