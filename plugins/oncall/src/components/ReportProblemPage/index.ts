export { ReportProblemPage } from './ReportProblemPage';
