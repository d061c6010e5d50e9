export {
  READINESS_TODAY_CONFIG_KEY,
  createReadinessClock,
} from './readinessClock';
export type { ReadinessClock } from './readinessClock';
