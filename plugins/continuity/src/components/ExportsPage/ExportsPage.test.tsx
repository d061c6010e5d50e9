import { screen, within } from '@testing-library/react';
import { renderInTestApp } from '@backstage/frontend-test-utils';
import { entityRouteRef } from '@backstage/plugin-catalog-react';
import { DoraRegisterSummary } from '@readiness/plugin-continuity-common';
import { continuityApiRef } from '../../api/ContinuityApi';
import { ExportsPage } from './ExportsPage';

const table = (code: 'B_05.01' | 'B_01.01', name: string, missingCount: number) => ({
  code,
  name,
  columns: [],
  withheld: 0,
  rowCount: code === 'B_01.01' ? 1 : 18,
  missingCount,
  missingByColumn: [],
});

const register: DoraRegisterSummary = {
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
  findings: [
    {
      rule: 'DORA-MANDATORY',
      severity: 'error',
      template: 'B_01.01',
      row: 1,
      column: 'B_01.01.0050',
      subject: 'readiness.dora.entity',
      message: 'Competent Authority is empty: mandatory. Record readiness.dora.entity.competentAuthority.',
    },
    {
      rule: 'DORA-LEI',
      severity: 'error',
      template: 'B_05.01',
      row: 3,
      column: 'B_05.01.0010',
      subject: 'readiness.dora.entity',
      message: 'The LEI 549300VGEJKB7Y4ZJB43 has check digits 43 where ISO 17442 gives 42.',
    },
    {
      rule: 'DORA-BASE-CURRENCY',
      severity: 'warning',
      template: 'B_05.01',
      row: 1,
      column: 'B_05.01.0090',
      message: 'The amount is in USD.',
    },
  ],
  package: {
    fileName: '5493001MERIDIANPAY22.IND_IE_DORA010100_DORA_2026-11-22_20261122093015042.zip',
    referenceDate: '2026-11-22',
    submittable: false,
    errors: 2,
    warnings: 1,
  },
};

describe('ExportsPage', () => {
  jest.setTimeout(30_000);

  it('shows per template its rows, missing values and lint findings, and blocks an unsubmittable package', async () => {
    await renderInTestApp(<ExportsPage />, {
      apis: [[continuityApiRef, { getDoraRegister: async () => register } as any]],
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
    expect(screen.getByText('DORA-LEI')).toBeInTheDocument();
    expect(screen.getByText('B_05.01, row 3')).toBeInTheDocument();
    // Missing values are listed once, in their own table, not again as findings.
    expect(screen.queryByText('DORA-MANDATORY')).not.toBeInTheDocument();
  });

  it('offers the package once the linter finds no error', async () => {
    await renderInTestApp(<ExportsPage />, {
      apis: [
        [
          continuityApiRef,
          {
            getDoraRegister: async () => ({
              ...register,
              findings: register.findings.slice(2),
              package: { ...register.package, submittable: true, errors: 0 },
            }),
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
