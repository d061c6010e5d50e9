import { fireEvent, screen, waitFor } from '@testing-library/react';
import { renderInTestApp } from '@backstage/frontend-test-utils';
import { entityRouteRef } from '@backstage/plugin-catalog-react';
import { DoraRegisterDiff, DoraRegisterTables } from '@readiness/plugin-continuity-common';
import { continuityApiRef } from '../../api/ContinuityApi';
import { printRouteRef } from '../../routes';
import { ExportsPage } from './ExportsPage';

const SNAPSHOT = { takenAt: '2025-11-22T10:00:00.000Z', hash: 'a'.repeat(64), source: 'demo' as const };

const register = (asOf?: string): DoraRegisterTables => ({
  asOf: asOf ? { date: asOf, snapshot: SNAPSHOT } : { date: '2026-11-22' },
  tables: [
    {
      code: 'B_05.01',
      name: 'ICT third-party service providers',
      columns: [],
      rowCount: asOf ? 17 : 18,
      missingCount: 0,
      missingByColumn: [],
      withheld: 0,
    },
  ],
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
    getDoraRegister: jest.fn(async ({ asOf }: { asOf?: string }) => register(asOf)),
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
    expect((await screen.findAllByText('DORA register of information'))[0]).toBeInTheDocument();
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
    expect(screen.getAllByText('1 added, removed or changed')).toHaveLength(2);
    expect(screen.getByText('0 added, removed or changed')).toBeInTheDocument();

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
