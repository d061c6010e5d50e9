export { ExercisesPage } from './ExercisesPage';
