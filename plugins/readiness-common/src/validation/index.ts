export { validateRecord, type ValidateRecordOptions } from './validateRecord';
export { validateEntityLinks } from './validateEntityLinks';
export { validateWithSchema } from './schemaValidation';
export { leiCheckDigits, leiCheckProblem } from './lei';
export { isCountryCode, isCurrencyCode } from './isoCodes';
export {
  checkUnique,
  createCheckContext,
  problemAt,
  type CheckContext,
} from './checkContext';
