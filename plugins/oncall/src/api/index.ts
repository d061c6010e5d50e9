export * from './types';
export * from './OnCallApi';
export * from './OnCallClient';
