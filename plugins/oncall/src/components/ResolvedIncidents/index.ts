export { ResolvedIncidents } from './ResolvedIncidents';
