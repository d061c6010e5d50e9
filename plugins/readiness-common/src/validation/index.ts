export { validateRecord, type ValidateRecordOptions } from './validateRecord';
export { validateEntityLinks } from './validateEntityLinks';
