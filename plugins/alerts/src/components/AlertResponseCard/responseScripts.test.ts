import type { ProcedureEntity } from '@readiness/plugin-readiness-common';
import { resendScript } from '../../testing/fixtures';
import { scriptsInStepOrder, scriptValuesFromAlert } from './responseScripts';

const statusScript: ProcedureEntity = {
  ...resendScript,
  metadata: { name: 'ach-window-status-check', title: 'ACH window status' },
  spec: {
    ...resendScript.spec,
    parameters: [
      { name: 'businessDate', type: 'date', default: 'today', required: true },
      {
        name: 'window',
        type: 'enum',
        allowed: ['all', '0600', '1000', '1400'],
        default: 'all',
        required: true,
      },
    ],
  },
};
const unnamedScript: ProcedureEntity = {
  ...resendScript,
  metadata: { name: 'ach-ledger-totals' },
};

const steps = [
  'Note the window and its cutoff.',
  'Run the "ACH window status" script template for today and this window.',
  'Re-send with the "Re-send an ACH origination file" script template.',
  'Run ach-window-status-check again to see the acknowledgement.',
];

describe('scriptsInStepOrder', () => {
  it('orders the templates as the SOP steps call for them, by title', () => {
    const ordered = scriptsInStepOrder([resendScript, statusScript], steps);
    expect(
      ordered.map(({ script, step }) => [script.metadata.name, step]),
    ).toEqual([
      ['ach-window-status-check', 2],
      ['ach-resend-origination-file', 3],
    ]);
  });

  it('puts templates no step names last, in the order the alert lists them', () => {
    const ordered = scriptsInStepOrder(
      [unnamedScript, resendScript, statusScript],
      steps.slice(2),
    );
    expect(
      ordered.map(({ script, step }) => [script.metadata.name, step]),
    ).toEqual([
      ['ach-resend-origination-file', 1],
      ['ach-window-status-check', 2],
      ['ach-ledger-totals', undefined],
    ]);
  });

  it('keeps the alert order when there is no SOP', () => {
    expect(
      scriptsInStepOrder([resendScript, statusScript], []).map(
        ({ script }) => script.metadata.name,
      ),
    ).toEqual(['ach-resend-origination-file', 'ach-window-status-check']);
  });
});

describe('scriptValuesFromAlert', () => {
  const job = {
    job: 'ach-origination-file-1000',
    cutoff: '10:15',
    timezone: 'America/New_York',
  };
  // 03:30 UTC on 2 December is still 1 December in New York.
  const now = new Date('2026-12-02T03:30:00Z');

  it("fills the business date in the alert's time zone and the window its job names", () => {
    expect(
      scriptValuesFromAlert(resendScript.spec.parameters!, job, now),
    ).toEqual({
      values: { businessDate: '2026-12-01', window: '1000', batchId: '' },
      fromAlert: ['businessDate', 'window'],
    });
  });

  it('takes the window from the cutoff when the job name does not carry it', () => {
    const { values } = scriptValuesFromAlert(
      statusScript.spec.parameters!,
      { job: 'ach-origination-file', cutoff: '06:00', timezone: 'UTC' },
      now,
    );
    expect(values).toEqual({ businessDate: '2026-12-02', window: '0600' });
  });

  it('keeps the default when more than one allowed value matches or none does', () => {
    const { values, fromAlert } = scriptValuesFromAlert(
      statusScript.spec.parameters!,
      { job: 'ach-0600-1000-file' },
      now,
    );
    expect(values.window).toBe('all');
    expect(fromAlert).toEqual(['businessDate']);
  });

  it('fills job and cutoff parameters, and counts yesterday from the alert day', () => {
    const { values, fromAlert } = scriptValuesFromAlert(
      [
        { name: 'job', type: 'string' },
        { name: 'cutoff', type: 'string' },
        { name: 'settled', type: 'date', default: 'yesterday' },
        { name: 'since', type: 'date', default: '2026-01-01' },
      ],
      job,
      now,
    );
    expect(values).toEqual({
      job: 'ach-origination-file-1000',
      cutoff: '10:15',
      settled: '2026-11-30',
      since: '2026-01-01',
    });
    expect(fromAlert).toEqual(['job', 'cutoff', 'settled']);
  });
});
