import { screen } from '@testing-library/react';
import { renderInTestApp } from '@backstage/frontend-test-utils';
import { DoraPackageStatus } from '@readiness/plugin-continuity-common';
import { continuityApiRef } from '../api/ContinuityApi';
import { ContinuityExports } from './ContinuityExports';

const packageStatus = (
  submittable: boolean,
  errors: number,
): DoraPackageStatus => ({
  referenceDate: '2026-11-22',
  submittable,
  errors,
  warnings: 3,
});

async function renderWith(status: DoraPackageStatus) {
  await renderInTestApp(<ContinuityExports />, {
    apis: [
      [
        continuityApiRef,
        { getDoraRegister: async () => ({ package: status }) } as any,
      ],
    ],
  });
}

describe('ContinuityExports', () => {
  jest.setTimeout(30_000);

  it('offers the DORA register as one report package once it is submittable', async () => {
    await renderWith(packageStatus(true, 0));
    expect(
      await screen.findByText(
        'DORA register of information: submittable as of 2026-11-22',
      ),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('button', { name: 'Report package (ZIP)' }),
    ).toBeEnabled();
    expect(
      screen.getByRole('button', { name: 'Vendor register' }),
    ).toBeInTheDocument();
  });

  it('holds the package back while the linter finds errors, and says how many', async () => {
    await renderWith(packageStatus(false, 2));
    expect(
      await screen.findByText(
        'DORA register of information: not submittable, 2 errors',
      ),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('button', { name: 'Report package (ZIP)' }),
    ).toBeDisabled();
  });
});
