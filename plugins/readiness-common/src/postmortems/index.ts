export * from './refs';
export type { ReadTimestamp } from './calendar';
export * from './timings';
export * from './publication';
export * from './actionItems';
export * from './library';
export * from './analytics';
export * from './draft';
