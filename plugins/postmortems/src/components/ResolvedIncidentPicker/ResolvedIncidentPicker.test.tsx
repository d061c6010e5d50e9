import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderInTestApp } from '@backstage/frontend-test-utils';
import {
  discoveryApiRef,
  fetchApiRef,
  identityApiRef,
} from '@backstage/frontend-plugin-api';
import { catalogApiRef, entityRouteRef } from '@backstage/plugin-catalog-react';
import { postmortemsApiRef } from '../../api/PostmortemsApi';
import { ResolvedIncidentPicker } from './ResolvedIncidentPicker';

const older = {
  id: 'QOLD',
  number: 101,
  title: 'Ledger lag',
  status: 'resolved',
  createdAt: '2026-10-01T10:00:00Z',
  resolvedAt: '2026-10-01T11:00:00Z',
  entityRef: 'component:default/ledger-service',
};
const newer = {
  ...older,
  id: 'QNEW',
  number: 377,
  title: 'Synthetic wire-transfer journey failing',
  resolvedAt: '2026-11-20T13:57:56Z',
};

const squads = [
  ['card-squad', 'Card Payments'],
  ['ach-squad', 'ACH Operations'],
  ['wires-squad', 'Wires'],
].map(([name, title]) => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Group',
  metadata: { name, title },
}));

async function renderPicker(formData: object = {}) {
  const fetch = jest.fn(async () =>
    Response.json({ items: [older, newer], total: 2 }),
  );
  const listPostmortems = jest.fn(async () => ({
    items: [
      {
        ref: 'postmortem:default/2026-10-01-ledger-lag',
        title: 'Ledger lag review',
        incidents: ['QOLD'],
      },
    ],
    total: 1,
  }));
  const onChange = jest.fn();
  await renderInTestApp(
    <ResolvedIncidentPicker
      {...({
        onChange,
        formData,
        required: true,
        rawErrors: [],
        schema: { title: 'Resolved incident', description: 'Newest first.' },
        uiSchema: {},
      } as any)}
    />,
    {
      apis: [
        [
          discoveryApiRef,
          { getBaseUrl: async () => 'http://portal/api/oncall' },
        ],
        [fetchApiRef, { fetch }],
        [
          identityApiRef,
          {
            getBackstageIdentity: async () => ({
              type: 'user',
              userEntityRef: 'user:default/sam.lead',
              ownershipEntityRefs: [
                'user:default/sam.lead',
                'group:default/wires-squad',
              ],
            }),
          } as any,
        ],
        [catalogApiRef, { getEntities: async () => ({ items: squads }) }],
        [postmortemsApiRef, { listPostmortems } as any],
      ],
      mountedRoutes: { '/catalog/:namespace/:kind/:name': entityRouteRef },
    },
  );
  await screen.findByRole('textbox', { name: /Resolved incident/ });
  return { fetch, listPostmortems, onChange };
}

describe('ResolvedIncidentPicker', () => {
  jest.setTimeout(30_000);

  it("offers the person's squad's resolved incidents newest first, the reviewed ones marked", async () => {
    const { fetch, listPostmortems, onChange } = await renderPicker();
    await waitFor(() =>
      expect(fetch).toHaveBeenCalledWith(
        'http://portal/api/oncall/incidents?status=resolved&limit=50&entityRef=group%3Adefault%2Fwires-squad',
      ),
    );
    expect(
      await screen.findByRole('button', { name: /Wires/ }),
    ).toBeInTheDocument();
    await waitFor(() =>
      expect(listPostmortems).toHaveBeenCalledWith({
        filters: { incident: ['QOLD', 'QNEW'] },
        limit: 50,
      }),
    );
    const input = screen.getByRole('textbox', { name: /Resolved incident/ });
    // The form starts an object field as {}: nothing is picked yet.
    expect(input).toHaveValue('');
    await userEvent.click(input);
    const options = await screen.findAllByRole('option');
    expect(options[0]).toHaveTextContent(
      '#377 Synthetic wire-transfer journey failing',
    );
    expect(within(options[0]).queryByText('reviewed')).toBeNull();
    expect(options[1]).toHaveTextContent('#101 Ledger lag');
    expect(within(options[1]).getByText('reviewed')).toBeInTheDocument();
    await userEvent.click(options[0]);
    await waitFor(() => expect(onChange).toHaveBeenCalledWith(newer));
  });

  it('shows a pre-filled incident, and links to its post-mortem when one reviews it', async () => {
    await renderPicker(older);
    await waitFor(() =>
      expect(
        screen.getByRole('textbox', { name: /Resolved incident/ }),
      ).toHaveValue('#101 Ledger lag'),
    );
    expect(
      await screen.findByRole('link', { name: 'Ledger lag review' }),
    ).toHaveAttribute(
      'href',
      '/catalog/default/postmortem/2026-10-01-ledger-lag',
    );
  });

  it('shows the incidents of a squad chosen from the selector, or of all squads', async () => {
    const { fetch } = await renderPicker();
    await userEvent.click(await screen.findByRole('button', { name: /Wires/ }));
    await userEvent.click(
      await screen.findByRole('option', { name: 'ACH Operations' }),
    );
    await waitFor(() =>
      expect(fetch).toHaveBeenLastCalledWith(
        'http://portal/api/oncall/incidents?status=resolved&limit=50&entityRef=group%3Adefault%2Fach-squad',
      ),
    );
    await userEvent.click(screen.getByRole('button', { name: /ACH Operations/ }));
    await userEvent.click(
      await screen.findByRole('option', { name: 'All squads' }),
    );
    await waitFor(() =>
      expect(fetch).toHaveBeenLastCalledWith(
        'http://portal/api/oncall/incidents?status=resolved&limit=50',
      ),
    );
  });
});
