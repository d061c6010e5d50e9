export {
  READINESS_TODAY_CONFIG_KEY,
  createReadinessClock,
} from './readinessClock';
export type { ReadinessClock } from './readinessClock';
export {
  addDays,
  compareCodeUnits,
  DAY_MS,
  dayNumber,
  readTimestamp,
  utcDate,
} from './calendar';
export type { ReadTimestamp } from './calendar';
