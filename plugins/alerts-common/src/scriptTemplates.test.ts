import type { ScriptParameter } from '@readiness/plugin-readiness-common';
import {
  renderScript,
  scriptParameterDefaults,
  validateScriptValues,
} from './scriptTemplates';

const parameters: ScriptParameter[] = [
  { name: 'businessDate', type: 'date', default: 'today', required: true },
  { name: 'priorDate', type: 'date', default: 'yesterday' },
  { name: 'window', type: 'enum', allowed: ['0600', '1000'], required: true },
  { name: 'batchId', type: 'string', pattern: '^B[0-9]{8}$' },
  { name: 'limit', type: 'integer', default: 50 },
  { name: 'note', type: 'string' },
];

describe('scriptParameterDefaults', () => {
  it('turns today and yesterday into dates and keeps other defaults', () => {
    expect(scriptParameterDefaults(parameters, '2026-03-01')).toEqual({
      businessDate: '2026-03-01',
      priorDate: '2026-02-28',
      window: '',
      batchId: '',
      limit: '50',
      note: '',
    });
  });
});

describe('validateScriptValues', () => {
  const valid = {
    businessDate: '2026-11-21',
    priorDate: '',
    window: '0600',
    batchId: 'B20261121',
    limit: '10',
    note: 'retry after the outage',
  };

  it('accepts good values and blank optional ones', () => {
    expect(validateScriptValues(parameters, valid)).toEqual({});
    expect(
      validateScriptValues(parameters, { ...valid, batchId: '', note: '' }),
    ).toEqual({});
  });

  it('names each refused value and why', () => {
    expect(
      validateScriptValues(parameters, {
        businessDate: '',
        priorDate: '2026-02-30',
        window: '0700',
        batchId: 'B123',
        limit: '1.5',
        note: "x'; DROP TABLE ach_files; --",
      }),
    ).toEqual({
      businessDate: 'is required',
      priorDate: 'must be a date YYYY-MM-DD',
      window: 'must be one of 0600, 1000',
      batchId: 'must match ^B[0-9]{8}$',
      limit: 'must be a whole number',
      note: 'must not contain quotes, backslashes, $, ; or line breaks',
    });
  });

  it('treats a missing value as blank', () => {
    expect(validateScriptValues(parameters, {})).toEqual({
      businessDate: 'is required',
      window: 'is required',
    });
  });
});

describe('renderScript', () => {
  it('fills every placeholder, with or without spaces, and trims values', () => {
    expect(
      renderScript(
        "achctl window status --date '{{businessDate}}' --window '{{ window }}' # {{batchId}}",
        { businessDate: ' 2026-11-21 ', window: '0600', batchId: '' },
      ),
    ).toBe("achctl window status --date '2026-11-21' --window '0600' # ");
  });

  it('leaves placeholders it has no value for', () => {
    expect(renderScript('echo {{other}}', {})).toBe('echo {{other}}');
  });
});
