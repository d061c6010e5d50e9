export { validateRecord, type ValidateRecordOptions } from './validateRecord';
