export * from './status';
export * from './EvidenceList';
