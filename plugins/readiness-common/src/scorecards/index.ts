export * from './results';
export * from './levels';
export * from './attestations';
export * from './waivers';
export * from './recordIndex';
export * from './evaluators';
export * from './evaluation';
export * from './trend';
