export { BlastRadiusContent } from './BlastRadiusContent';
export { BlastRadiusView } from './BlastRadiusView';
