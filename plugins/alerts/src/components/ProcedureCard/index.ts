export { ProcedureCard } from './ProcedureCard';
