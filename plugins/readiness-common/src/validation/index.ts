export { validateRecord, type ValidateRecordOptions } from './validateRecord';
export { validateEntityLinks } from './validateEntityLinks';
export { validateWithSchema } from './schemaValidation';
export { leiCheckDigits } from './lei';
export {
  checkUnique,
  createCheckContext,
  problemAt,
  type CheckContext,
} from './checkContext';
