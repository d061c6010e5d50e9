import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { renderInTestApp } from '@backstage/frontend-test-utils';
import { entityRouteRef } from '@backstage/plugin-catalog-react';
import {
  DoraLintFinding,
  DoraRegisterDiff,
  DoraRegisterSummary,
} from '@readiness/plugin-continuity-common';
import { continuityApiRef } from '../../api/ContinuityApi';
import { printRouteRef } from '../../routes';
import { ExportsPage } from './ExportsPage';

const table = (code: 'B_05.01' | 'B_01.01', name: string, missingCount: number) => ({
  code,
  name,
  columns: [],
  withheld: 0,
  rowCount: code === 'B_01.01' ? 1 : 18,
  missingCount,
  missingByColumn: [],
  // One error (the LEI) and one warning (the currency) in B_05.01.
  errors: code === 'B_05.01' ? 1 : 0,
  warnings: code === 'B_05.01' ? 1 : 0,
});

const lei: DoraLintFinding = {
  rule: 'DORA-LEI',
  severity: 'error',
  template: 'B_05.01',
  row: 3,
  column: 'B_05.01.0010',
  subject: 'readiness.dora.entity',
  message: 'The LEI 549300VGEJKB7Y4ZJB43 has check digits 43 where ISO 17442 gives 42.',
};

const register: DoraRegisterSummary = {
  asOf: { date: '2026-11-22' },
  tables: [
    {
      ...table('B_01.01', 'Entity maintaining the register of information', 1),
      missingByColumn: [
        {
          column: 'B_01.01.0050',
          columnName: 'Competent Authority',
          source: 'readiness.dora.entity.competentAuthority',
          rows: 1,
          reasons: ['mandatory; readiness.dora.entity.competentAuthority is empty'],
          subjects: ['readiness.dora.entity'],
          subjectCount: 1,
        },
      ],
    },
    table('B_05.01', 'ICT third-party service providers', 0),
  ],
  findingGroups: [
    {
      rule: 'DORA-LEI',
      severity: 'error',
      count: 1,
      templates: ['B_05.01'],
      columns: ['B_05.01.0010'],
      message: lei.message,
      examples: [lei],
    },
    {
      rule: 'DORA-MANDATORY',
      severity: 'error',
      count: 1,
      templates: ['B_01.01'],
      columns: ['B_01.01.0050'],
      message: 'Competent Authority is empty: mandatory. Record readiness.dora.entity.competentAuthority.',
      examples: [],
    },
    {
      rule: 'DORA-BASE-CURRENCY',
      severity: 'warning',
      count: 4,
      templates: ['B_05.01', 'B_07.01'],
      columns: ['B_05.01.0090'],
      message: 'The amount is in USD.',
      examples: [],
    },
  ],
  package: {
    referenceDate: '2026-11-22',
    submittable: false,
    errors: 2,
    warnings: 1,
  },
};

describe('ExportsPage', () => {
  jest.setTimeout(30_000);

  it('shows per template its rows, missing values and lint findings, and blocks an unsubmittable package', async () => {
    const listDoraFindings = jest.fn(async () => ({ items: [lei], total: 1, offset: 0, limit: 20 }));
    await renderInTestApp(<ExportsPage />, {
      apis: [
        [
          continuityApiRef,
          { getDoraRegister: async () => register, listDoraSnapshots: async () => [], listDoraFindings } as any,
        ],
      ],
      mountedRoutes: { '/catalog/:namespace/:kind/:name': entityRouteRef },
    });
    expect(await screen.findByText('Not submittable: 2 errors')).toBeInTheDocument();
    expect(
      screen.getByRole('button', { name: 'Download report package (xBRL-CSV ZIP)' }),
    ).toBeDisabled();
    const providers = screen
      .getAllByRole('row')
      .find(row => within(row).queryAllByText('B_05.01').length > 0)!;
    // One error (the LEI) and one warning (the currency).
    expect(within(providers).getAllByText('1')).toHaveLength(2);
    expect(within(providers).getByText('none')).toBeInTheDocument();
    // A missing value says what to record and where.
    expect(screen.getByText('readiness.dora.entity.competentAuthority')).toBeInTheDocument();
    expect(screen.getAllByText('app-config: readiness.dora.entity').length).toBeGreaterThan(0);
    // The findings by rule: where, what, how many like it, and the records of the first.
    expect(screen.getByText('DORA-LEI')).toBeInTheDocument();
    expect(screen.getByText('B_05.01.0010')).toBeInTheDocument();
    expect(screen.getByText('B_05.01, B_07.01')).toBeInTheDocument();
    expect(screen.getByText('and 3 more like it')).toBeInTheDocument();
    // Missing values are listed once, in their own table, not again as findings.
    expect(screen.queryByText('DORA-MANDATORY')).not.toBeInTheDocument();
    expect(listDoraFindings).not.toHaveBeenCalled();

    // A rule's findings open as a table paged by the backend.
    fireEvent.click(screen.getByRole('button', { name: 'Show the 1 error findings of DORA-LEI' }));
    const findings = await screen.findByRole('region', { name: 'Findings of DORA-LEI' });
    expect(await within(findings).findByText('B_05.01, row 3')).toBeInTheDocument();
    expect(listDoraFindings).toHaveBeenCalledWith({
      filters: { rule: ['DORA-LEI'], severity: ['error'] },
      offset: 0,
      limit: 20,
      asOf: undefined,
    });
  });

  it('offers the package once the linter finds no error', async () => {
    await renderInTestApp(<ExportsPage />, {
      apis: [
        [
          continuityApiRef,
          {
            getDoraRegister: async () => ({
              ...register,
              findingGroups: register.findingGroups.slice(2),
              package: { ...register.package, submittable: true, errors: 0 },
            }),
            listDoraSnapshots: async () => [],
          } as any,
        ],
      ],
      mountedRoutes: { '/catalog/:namespace/:kind/:name': entityRouteRef },
    });
    expect(
      await screen.findByText('Submittable: the pre-submission linter finds no error'),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('button', { name: 'Download report package (xBRL-CSV ZIP)' }),
    ).toBeEnabled();
  });
});

const SNAPSHOT = { takenAt: '2025-11-22T10:00:00.000Z', hash: 'a'.repeat(64), source: 'demo' as const };

const registerOf = (asOf?: string): DoraRegisterSummary => ({
  ...register,
  asOf: asOf ? { date: asOf, snapshot: SNAPSHOT } : { date: '2026-11-22' },
  tables: register.tables.map(t => (t.code === 'B_05.01' ? { ...t, rowCount: asOf ? 17 : 18 } : t)),
});

const diff: DoraRegisterDiff = {
  from: { date: '2025-12-31', snapshot: SNAPSHOT },
  to: { date: '2026-11-22', snapshot: { ...SNAPSHOT, source: 'records', takenAt: '2026-11-22T09:00:00.000Z' } },
  providers: [
    {
      key: 'vendor:default/edgeshield-cdn',
      label: 'Edgeshield Networks, Inc.',
      subject: 'vendor:default/edgeshield-cdn',
      change: 'added',
      fields: [],
    },
  ],
  contracts: [
    {
      key: 'ACS-HSM-2023-014',
      label: 'ACS-HSM-2023-014',
      subject: 'vendor:default/aegis-hsm',
      change: 'changed',
      fields: [
        { column: 'B_02.02.0080', name: 'End date of the contractual arrangement', before: '2027-03-31', after: '2028-03-31' },
      ],
    },
  ],
  functions: [],
};

async function renderAt(path: string) {
  const api = {
    getDoraRegister: jest.fn(async ({ asOf }: { asOf?: string }) => registerOf(asOf)),
    listDoraSnapshots: jest.fn(async () => [SNAPSHOT]),
    diffDoraRegister: jest.fn(async () => diff),
  };
  await renderInTestApp(<ExportsPage />, {
    initialRouteEntries: [path],
    apis: [[continuityApiRef, api as any]],
    config: { readiness: { today: '2026-11-22' } },
    mountedRoutes: {
      '/continuity/print': printRouteRef,
      '/catalog/:namespace/:kind/:name': entityRouteRef,
    },
  });
  return api;
}

describe('ExportsPage: the register on another day', () => {
  jest.setTimeout(30_000);

  it('shows today’s register unless the address names a day', async () => {
    const api = await renderAt('/continuity/exports');
    expect(await screen.findByText('DORA register of information')).toBeInTheDocument();
    expect(api.getDoraRegister).toHaveBeenCalledWith({ asOf: undefined });
    expect(api.diffDoraRegister).not.toHaveBeenCalled();
    expect(
      await screen.findByText('The register is kept as it stood each time its records changed, since 2025-11-22.'),
    ).toBeInTheDocument();
  });

  it('shows the register as of the day in the address, and what changed to the day compared with', async () => {
    const api = await renderAt('/continuity/exports?asOf=2025-12-31&compare=2026-11-22');
    expect(await screen.findByText('DORA register of information as of 2025-12-31')).toBeInTheDocument();
    expect(api.getDoraRegister).toHaveBeenCalledWith({ asOf: '2025-12-31' });
    await waitFor(() =>
      expect(api.diffDoraRegister).toHaveBeenCalledWith({ from: '2025-12-31', to: '2026-11-22' }),
    );
    expect(await screen.findByText('Edgeshield Networks, Inc.')).toBeInTheDocument();
    expect(screen.getByText(/: 2027-03-31 → 2028-03-31$/)).toBeInTheDocument();
    // One provider and one contract changed; no function.
    expect(screen.getByText('ICT third-party service providers (B_05.01): 1 added, removed or changed')).toBeInTheDocument();
    expect(screen.getByText('Functions (B_06.01): no change')).toBeInTheDocument();

    fireEvent.click(screen.getByRole('button', { name: 'Stop comparing' }));
    await waitFor(() => expect(screen.queryByText('Edgeshield Networks, Inc.')).not.toBeInTheDocument());
  });

  it('compares the earlier day with the later whichever is picked first', async () => {
    const api = await renderAt('/continuity/exports?compare=2025-12-31');
    await waitFor(() =>
      expect(api.diffDoraRegister).toHaveBeenCalledWith({ from: '2025-12-31', to: '2026-11-22' }),
    );
  });
});
