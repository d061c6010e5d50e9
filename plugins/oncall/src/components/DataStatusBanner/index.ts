export { DataStatusBanner } from './DataStatusBanner';
