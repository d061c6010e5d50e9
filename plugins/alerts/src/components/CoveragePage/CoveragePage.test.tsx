import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderInTestApp } from '@backstage/frontend-test-utils';
import { alertsApiRef } from '../../api';
import { mockAlertsApi, mountedRoutes } from '../../testing/fixtures';
import { CoveragePage } from './CoveragePage';
import {
  AlertCoverage,
  COVERAGE_CHECKS,
} from '@readiness/plugin-alerts-common';
import type { ListRequest } from '@readiness/plugin-readiness-api-common';

const tally = (covered: number, total: number, unknown = 0) => ({
  covered,
  total,
  unknown,
});
const empty = () =>
  Object.fromEntries(
    COVERAGE_CHECKS.map(c => [c.id, tally(0, 0)]),
  ) as AlertCoverage['byDomain'][0]['checks'];
const transfers = { ref: 'domain:default/transfers', title: 'Transfers' };
const payments = { ref: 'domain:default/payments', title: 'Payments' };
const ach = {
  ref: 'group:default/ach-operations-squad',
  title: 'ACH Operations Squad',
};
const cards = {
  ref: 'group:default/card-payments-squad',
  title: 'Card Payments Squad',
};

const coverage: AlertCoverage = {
  asOf: '2026-11-21',
  checks: COVERAGE_CHECKS.map(check => ({
    ...check,
    ...(check.id === 'critical-jobs' ? tally(1, 3) : tally(2, 2)),
  })),
  byDomain: [
    { group: payments, checks: { ...empty(), 'critical-jobs': tally(0, 1) } },
    { group: transfers, checks: { ...empty(), 'critical-jobs': tally(1, 2) } },
  ],
  bySquad: [],
  gaps: [
    {
      check: 'critical-jobs',
      subject: {
        ref: 'component:default/ach-return-entries-file',
        title: 'ach-return-entries-file',
      },
      owner: ach,
      domain: transfers,
      reason: 'no positive paging alert',
    },
    {
      check: 'critical-jobs',
      subject: {
        ref: 'component:default/chargeback-file',
        title: 'chargeback-file',
      },
      owner: cards,
      domain: payments,
      reason: 'no positive paging alert',
    },
  ],
};

/** An alerts API answering coverage as the backend does: the parts apart, gaps filtered. */
function coverageApi(full: AlertCoverage) {
  const { bySquad, gaps, ...summary } = full;
  return mockAlertsApi({
    getCoverage: jest.fn(async () => summary),
    listSquadCoverage: jest.fn(async (request: ListRequest) => {
      const items = bySquad.filter(
        squad =>
          !request.q ||
          squad.group.title.toLowerCase().includes(request.q.toLowerCase()),
      );
      return { items, total: items.length, offset: 0, limit: 20 };
    }),
    listCoverageGaps: jest.fn(async (request: ListRequest) => {
      const { check, domain, owner } = request.filters ?? {};
      const items = gaps.filter(
        gap =>
          (!check || check.includes(gap.check)) &&
          (!domain || domain.includes(gap.domain?.ref ?? 'none')) &&
          (!owner || owner.includes(gap.owner.ref)),
      );
      return { items, total: items.length, offset: 0, limit: 20 };
    }),
  });
}

describe('CoveragePage', () => {
  jest.setTimeout(30_000);

  it('shows each check and narrows the gap list to a domain', async () => {
    const api = coverageApi(coverage);
    await renderInTestApp(<CoveragePage />, {
      apis: [[alertsApiRef, api]],
      mountedRoutes,
    });
    expect(
      await screen.findByText('as of 2026-11-21', undefined, {
        timeout: 15_000,
      }),
    ).toBeInTheDocument();
    expect(screen.getByText('1 of 3')).toBeInTheDocument();
    expect(screen.getByText('Gaps: All checks (2)')).toBeInTheDocument();
    expect(await screen.findByText('chargeback-file')).toBeInTheDocument();
    expect(api.listSquadCoverage).not.toHaveBeenCalled();

    await userEvent.click(
      screen.getByRole('button', { name: '1 of 2, 1 gaps' }),
    );
    expect(
      screen.getByText(
        'Gaps: Critical jobs with a positive paging alert · Transfers (1)',
      ),
    ).toBeInTheDocument();
    const gapTable = screen
      .getByText(/^Gaps:/)
      .closest('div[class*="MuiPaper"]') as HTMLElement;
    expect(
      await within(gapTable).findByText('ach-return-entries-file'),
    ).toBeInTheDocument();
    expect(
      within(gapTable).queryByText('chargeback-file'),
    ).not.toBeInTheDocument();
    expect(api.listCoverageGaps).toHaveBeenLastCalledWith(
      expect.objectContaining({
        filters: {
          check: ['critical-jobs'],
          domain: ['domain:default/transfers'],
        },
        offset: 0,
        limit: 20,
      }),
    );
  });

  it('asks for the squads when their tab opens, and narrows the gaps to a squad', async () => {
    const api = coverageApi({
      ...coverage,
      bySquad: [
        { group: cards, checks: { ...empty(), 'critical-jobs': tally(0, 1) } },
      ],
    });
    await renderInTestApp(<CoveragePage />, {
      apis: [[alertsApiRef, api]],
      mountedRoutes,
    });
    await userEvent.click(
      await screen.findByRole('tab', { name: 'By squad' }, { timeout: 15_000 }),
    );
    await userEvent.click(
      await screen.findByRole('button', { name: '0 of 1, 1 gaps' }),
    );
    expect(api.listSquadCoverage).toHaveBeenCalledWith(
      expect.objectContaining({ offset: 0, limit: 20 }),
    );
    expect(
      screen.getByText(
        'Gaps: Critical jobs with a positive paging alert · Card Payments Squad (1)',
      ),
    ).toBeInTheDocument();
    expect(api.listCoverageGaps).toHaveBeenLastCalledWith(
      expect.objectContaining({
        filters: {
          check: ['critical-jobs'],
          owner: ['group:default/card-payments-squad'],
        },
      }),
    );
  });

  it('says when PagerDuty data is unavailable instead of passing routed alerts', async () => {
    const unavailable: AlertCoverage = {
      ...coverage,
      checks: coverage.checks.map(check =>
        check.id === 'paging-routed'
          ? {
              ...check,
              ...tally(0, 3, 2),
              unavailable:
                'PagerDuty data unavailable: the on-call backend answered 503',
            }
          : check,
      ),
    };
    const api = coverageApi(unavailable);
    await renderInTestApp(<CoveragePage />, {
      apis: [[alertsApiRef, api]],
      mountedRoutes,
    });
    expect(
      await screen.findByText(
        /PagerDuty data unavailable: the on-call backend answered 503/,
        undefined,
        { timeout: 15_000 },
      ),
    ).toBeInTheDocument();
    expect(screen.getByText('0 of 3, 2 unknown')).toBeInTheDocument();
    expect(screen.getByText('1 gaps')).toBeInTheDocument();
  });
});
