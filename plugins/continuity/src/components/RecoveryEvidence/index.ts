export { RecoveryEvidenceCard } from './RecoveryEvidenceCard';
export { RecoveryOverview } from './RecoveryOverview';
