import type Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { fullFormats } from 'ajv-formats/dist/formats';
import { parseIsoDuration } from '../durations';
import { isLinkUrl, isWebUrl } from '../urls';
import { isCountryCode, isCurrencyCode } from './isoCodes';

/** What each string format expects, in the words validation messages use. */
export const FORMAT_EXPECTATIONS: Record<string, string> = {
  date: 'a date YYYY-MM-DD',
  'date-time': 'a timestamp with an offset or Z, like 2026-03-14T09:41:00Z',
  duration: 'an ISO-8601 duration, like PT4H, P3M or P90D',
  'web-url': 'an http or https URL, like https://jira.example.com/browse/OPS-1',
  'link-url':
    'an http, https or mailto URL, like https://grafana.example.com/d/ach or mailto:team@example.com',
  'country-code':
    'an assigned ISO 3166-1 alpha-2 country code, like GB for the United Kingdom',
  'currency-code': 'an ISO 4217 currency code in use, like EUR',
};

const isRfc3339DateTime = (
  fullFormats['date-time'] as { validate: (text: string) => boolean }
).validate;
const ENDS_WITH_OFFSET = /(z|[+-]\d\d(:?\d\d)?)$/i;

/** Adds the formats the record schemas use. */
export function addRecordFormats(ajv: Ajv): void {
  // ajv-formats checks real calendar dates (no 2026-02-30).
  addFormats(ajv, ['date']);
  // ajv-formats 2 lets a timestamp without offset through; the contract requires one.
  ajv.addFormat('date-time', {
    type: 'string',
    validate: text => ENDS_WITH_OFFSET.test(text) && isRfc3339DateTime(text),
  });
  // Our own duration format, so that every duration the schemas accept can be
  // measured by parseIsoDuration when records are compared.
  ajv.addFormat('duration', {
    type: 'string',
    validate: text => parseIsoDuration(text) !== undefined,
  });
  // Not ajv-formats' `uri`: it accepts javascript: and data: URLs.
  ajv.addFormat('web-url', { type: 'string', validate: isWebUrl });
  ajv.addFormat('link-url', { type: 'string', validate: isLinkUrl });
  // Code lists, not patterns: a supervisor rejects "UK" and "XX" though they look right.
  ajv.addFormat('country-code', { type: 'string', validate: isCountryCode });
  ajv.addFormat('currency-code', { type: 'string', validate: isCurrencyCode });
}
