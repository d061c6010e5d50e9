import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderInTestApp } from '@backstage/frontend-test-utils';
import { alertsApiRef } from '../../api';
import { mockAlertsApi, mountedRoutes } from '../../testing/fixtures';
import { CoveragePage } from './CoveragePage';
import {
  AlertCoverage,
  COVERAGE_CHECKS,
  CoverageGap,
  CoverageGroup,
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
const noDomain = { ref: '', title: 'No domain' };
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
    { group: noDomain, checks: { ...empty(), 'critical-jobs': tally(0, 2) } },
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

/** Squads `Squad 01` to `Squad <count>`, each with one gap in SOPs. */
const manySquads = (count: number): CoverageGroup[] =>
  Array.from({ length: count }, (_, i) => {
    const name = `Squad ${String(i + 1).padStart(2, '0')}`;
    return {
      group: { ref: `group:default/squad-${i + 1}`, title: name },
      checks: { ...empty(), 'paging-sop': tally(1, 2) },
    };
  });

/** Gaps of procedures `sop-01` to `sop-<count>`, each overdue. */
const manyGaps = (count: number): CoverageGap[] =>
  Array.from({ length: count }, (_, i) => {
    const name = `sop-${String(i + 1).padStart(2, '0')}`;
    return {
      check: 'procedures-reviewed',
      subject: { ref: `procedure:default/${name}`, title: name },
      owner: ach,
      domain: transfers,
      reason: 'never reviewed',
    };
  });

/** A page of a list, as the backend answers `offset` and `limit`. */
function pageOf<T>(items: T[], request: ListRequest) {
  const offset = request.offset ?? 0;
  const limit = request.limit ?? 20;
  return {
    items: items.slice(offset, offset + limit),
    total: items.length,
    offset,
    limit,
  };
}

/** An alerts API answering coverage as the backend does: the parts apart, paged, gaps filtered. */
function coverageApi(full: AlertCoverage) {
  const { bySquad, gaps, ...summary } = full;
  return mockAlertsApi({
    getCoverage: jest.fn(async () => summary),
    listSquadCoverage: jest.fn(async (request: ListRequest) =>
      pageOf(
        bySquad.filter(
          squad =>
            !request.q ||
            squad.group.title.toLowerCase().includes(request.q.toLowerCase()),
        ),
        request,
      ),
    ),
    listCoverageGaps: jest.fn(async (request: ListRequest) => {
      const { check, domain, owner } = request.filters ?? {};
      return pageOf(
        gaps.filter(
          gap =>
            (!check || check.includes(gap.check)) &&
            (!domain || domain.includes(gap.domain?.ref ?? 'none')) &&
            (!owner || owner.includes(gap.owner.ref)),
        ),
        request,
      );
    }),
  });
}

async function renderPage(api: ReturnType<typeof coverageApi>) {
  await renderInTestApp(<CoveragePage />, {
    apis: [[alertsApiRef, api]],
    mountedRoutes,
  });
  expect(
    await screen.findByText('as of 2026-11-21', undefined, { timeout: 15_000 }),
  ).toBeInTheDocument();
}

const groupTable = () =>
  screen.getByRole('region', { name: 'By domain and squad' });
const gapTable = () => screen.getByRole('region', { name: /^Gaps:/ });
const rowHeaders = (table: HTMLElement) =>
  within(table)
    .getAllByRole('rowheader')
    .map(header => header.textContent);

// The table waits before it asks again; slow machines get longer.
const SLOW = { timeout: 10_000 };

describe('CoveragePage', () => {
  jest.setTimeout(30_000);

  it('shows each check and narrows the gap list to a domain', async () => {
    const api = coverageApi(coverage);
    await renderPage(api);
    expect(screen.getByText('1 of 3')).toBeInTheDocument();
    expect(screen.getByText('Gaps: All checks (2)')).toBeInTheDocument();
    expect(
      await within(gapTable()).findByText('chargeback-file'),
    ).toBeInTheDocument();
    expect(api.listCoverageGaps).toHaveBeenCalledWith({
      filters: {},
      offset: 0,
      limit: 20,
    });
    expect(api.listSquadCoverage).not.toHaveBeenCalled();
    expect(within(groupTable()).getByText('0/2 · 0%')).toBeInTheDocument();
    expect(within(groupTable()).getByText('2 gaps')).toBeInTheDocument();

    await userEvent.click(
      screen.getByRole('button', { name: '1 of 2, 1 gaps' }),
    );
    expect(
      screen.getByText(
        'Gaps: Critical jobs with a positive paging alert · Transfers (1)',
      ),
    ).toBeInTheDocument();
    await waitFor(
      () =>
        expect(
          within(gapTable()).queryByText('chargeback-file'),
        ).not.toBeInTheDocument(),
      SLOW,
    );
    expect(
      within(gapTable()).getByText('ach-return-entries-file'),
    ).toBeInTheDocument();
    expect(api.listCoverageGaps).toHaveBeenLastCalledWith({
      filters: {
        check: ['critical-jobs'],
        domain: ['domain:default/transfers'],
      },
      offset: 0,
      limit: 20,
    });

    // Subjects without a domain are asked for as the backend names them.
    await userEvent.click(
      screen.getByRole('button', { name: '0 of 2, 2 gaps' }),
    );
    await waitFor(
      () =>
        expect(api.listCoverageGaps).toHaveBeenLastCalledWith(
          expect.objectContaining({
            filters: { check: ['critical-jobs'], domain: ['none'] },
          }),
        ),
      SLOW,
    );

    await userEvent.click(
      within(gapTable()).getByRole('button', { name: 'Show all gaps' }),
    );
    expect(screen.getByText('Gaps: All checks (2)')).toBeInTheDocument();
    expect(
      within(gapTable()).getByRole('button', { name: 'Show all gaps' }),
    ).toBeDisabled();
  });

  it('sorts the domains on the page, by title or by the gaps of a check', async () => {
    const api = coverageApi(coverage);
    await renderPage(api);
    const table = groupTable();
    expect(rowHeaders(table)).toEqual(['No domain', 'Payments', 'Transfers']);

    await userEvent.click(
      within(table).getByRole('columnheader', { name: /^Domain/ }),
    );
    expect(rowHeaders(table)).toEqual(['Transfers', 'Payments', 'No domain']);

    // Equal gaps keep the title order.
    await userEvent.click(
      within(table).getByRole('columnheader', {
        name: /Critical jobs with a positive paging alert/,
      }),
    );
    expect(rowHeaders(table)).toEqual(['Payments', 'Transfers', 'No domain']);
    expect(api.listSquadCoverage).not.toHaveBeenCalled();
  });

  it('asks for the squads when their tab opens, and narrows the gaps to a squad', async () => {
    const api = coverageApi({
      ...coverage,
      bySquad: [
        { group: cards, checks: { ...empty(), 'critical-jobs': tally(0, 1) } },
      ],
    });
    await renderPage(api);
    await userEvent.click(screen.getByRole('tab', { name: 'By squad' }));
    await userEvent.click(
      await within(groupTable()).findByRole(
        'button',
        { name: '0 of 1, 1 gaps' },
        SLOW,
      ),
    );
    expect(api.listSquadCoverage).toHaveBeenCalledTimes(1);
    expect(api.listSquadCoverage).toHaveBeenCalledWith({
      sort: 'squad',
      order: 'asc',
      offset: 0,
      limit: 20,
    });
    expect(
      screen.getByText(
        'Gaps: Critical jobs with a positive paging alert · Card Payments Squad (1)',
      ),
    ).toBeInTheDocument();
    await waitFor(
      () =>
        expect(api.listCoverageGaps).toHaveBeenLastCalledWith({
          filters: {
            check: ['critical-jobs'],
            owner: ['group:default/card-payments-squad'],
          },
          offset: 0,
          limit: 20,
        }),
      SLOW,
    );
  });

  it('pages, sorts and searches the squads on the backend', async () => {
    const api = coverageApi({ ...coverage, bySquad: manySquads(45) });
    await renderPage(api);
    await userEvent.click(screen.getByRole('tab', { name: 'By squad' }));
    const table = groupTable();
    expect(
      await within(table).findByText('1 - 20 of 45', undefined, SLOW),
    ).toBeInTheDocument();
    expect(rowHeaders(table)[0]).toBe('Squad 01');

    await userEvent.click(
      within(table).getByRole('button', { name: 'Next table page' }),
    );
    await waitFor(
      () =>
        expect(api.listSquadCoverage).toHaveBeenLastCalledWith({
          sort: 'squad',
          order: 'asc',
          offset: 20,
          limit: 20,
        }),
      SLOW,
    );
    expect(
      await within(table).findByText('21 - 40 of 45', undefined, SLOW),
    ).toBeInTheDocument();
    expect(rowHeaders(table)[0]).toBe('Squad 21');

    // A search starts again from the first page.
    await userEvent.type(
      within(table).getByRole('searchbox', { name: 'Find a squad' }),
      'squad 4',
    );
    await waitFor(
      () =>
        expect(api.listSquadCoverage).toHaveBeenLastCalledWith({
          q: 'squad 4',
          sort: 'squad',
          order: 'asc',
          offset: 0,
          limit: 20,
        }),
      SLOW,
    );
    expect(
      await within(table).findByText('1 - 6 of 6', undefined, SLOW),
    ).toBeInTheDocument();

    // A check's column sorts by its gaps on the backend, within the search.
    await userEvent.click(
      within(table).getByRole('columnheader', {
        name: /Paging alerts with an SOP/,
      }),
    );
    await waitFor(
      () =>
        expect(api.listSquadCoverage).toHaveBeenLastCalledWith({
          q: 'squad 4',
          sort: 'paging-sop',
          order: 'asc',
          offset: 0,
          limit: 20,
        }),
      SLOW,
    );
  });

  it('pages the gaps on the backend and starts again from the first page for a new selection', async () => {
    const gaps = manyGaps(25);
    const api = coverageApi({
      ...coverage,
      checks: coverage.checks.map(check =>
        check.id === 'procedures-reviewed'
          ? { ...check, ...tally(0, 25) }
          : { ...check, ...tally(1, 1) },
      ),
      gaps,
    });
    await renderPage(api);
    expect(screen.getByText('Gaps: All checks (25)')).toBeInTheDocument();
    const table = gapTable();
    expect(
      await within(table).findByText('1 - 20 of 25', undefined, SLOW),
    ).toBeInTheDocument();
    expect(rowHeaders(table)).toHaveLength(20);
    expect(rowHeaders(table)[0]).toBe('sop-01');

    await userEvent.click(
      within(table).getByRole('button', { name: 'Next table page' }),
    );
    await waitFor(
      () =>
        expect(api.listCoverageGaps).toHaveBeenLastCalledWith({
          filters: {},
          offset: 20,
          limit: 20,
        }),
      SLOW,
    );
    expect(
      await within(table).findByText('21 - 25 of 25', undefined, SLOW),
    ).toBeInTheDocument();
    expect(rowHeaders(table)).toEqual([
      'sop-21',
      'sop-22',
      'sop-23',
      'sop-24',
      'sop-25',
    ]);

    // The backend sorts gaps no other way: their headers sort nothing.
    const calls = api.listCoverageGaps.mock.calls.length;
    await userEvent.click(
      within(table).getByRole('columnheader', { name: 'Why' }),
    );
    expect(api.listCoverageGaps).toHaveBeenCalledTimes(calls);

    await userEvent.click(screen.getByRole('button', { name: '25 gaps' }));
    await waitFor(
      () =>
        expect(api.listCoverageGaps).toHaveBeenLastCalledWith({
          filters: { check: ['procedures-reviewed'] },
          offset: 0,
          limit: 20,
        }),
      SLOW,
    );
    expect(
      await within(table).findByText('1 - 20 of 25', undefined, SLOW),
    ).toBeInTheDocument();
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
    await renderPage(api);
    expect(
      screen.getByText(
        /PagerDuty data unavailable: the on-call backend answered 503/,
      ),
    ).toBeInTheDocument();
    expect(screen.getByText('0 of 3, 2 unknown')).toBeInTheDocument();
    expect(screen.getByText('1 gaps')).toBeInTheDocument();
  });
});
