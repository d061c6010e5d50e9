export * from './status';
export * from './EvidenceList';
export * from './FormDialog';
export * from './DecisionDialog';
export * from './wording';
export * from './squadLink';
