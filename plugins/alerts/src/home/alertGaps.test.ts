import type { AlertSummary } from '@readiness/plugin-alerts-common';
import { alertsWithGaps } from './alertGaps';

const alert = (name: string, more: Partial<AlertSummary>) =>
  ({
    ref: `alert:default/${name}`,
    title: name,
    hasSop: true,
    routedToPagerDuty: true,
    procedure: { ref: 'procedure:default/sop-ok', title: 'SOP' },
    ...more,
  } as AlertSummary);

describe('alertsWithGaps', () => {
  it('names every gap of each paging alert and leaves out the covered ones', () => {
    const overdue = new Set(['procedure:default/sop-old']);
    expect(
      alertsWithGaps(
        [
          alert('covered', {}),
          alert('no-sop', {
            hasSop: false,
            procedure: undefined,
            routedToPagerDuty: false,
          }),
          alert('stale-sop', {
            procedure: { ref: 'procedure:default/sop-old', title: 'Old' },
          }),
        ],
        overdue,
      ),
    ).toEqual([
      {
        ref: 'alert:default/no-sop',
        title: 'no-sop',
        href: '/catalog/default/alert/no-sop',
        gaps: ['no SOP', 'not routed to on-call'],
      },
      {
        ref: 'alert:default/stale-sop',
        title: 'stale-sop',
        href: '/catalog/default/alert/stale-sop',
        gaps: ['SOP review overdue'],
      },
    ]);
  });
});
