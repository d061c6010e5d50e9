export { AlertResponseCard } from './AlertResponseCard';
