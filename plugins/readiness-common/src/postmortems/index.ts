export * from './refs';
export {
  addDays,
  compareCodeUnits,
  DAY_MS,
  dayNumber,
  readTimestamp,
  utcDate,
} from './calendar';
export type { ReadTimestamp } from './calendar';
export * from './publication';
export * from './actionItems';
export * from './draft';
