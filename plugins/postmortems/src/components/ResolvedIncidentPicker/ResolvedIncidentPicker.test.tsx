import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderInTestApp } from '@backstage/frontend-test-utils';
import { discoveryApiRef, fetchApiRef } from '@backstage/frontend-plugin-api';
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

describe('ResolvedIncidentPicker', () => {
  jest.setTimeout(30_000);

  it('offers resolved incidents newest first and gives the picked one to the form', async () => {
    const fetch = jest.fn(async () =>
      Response.json({ items: [older, newer], total: 2 }),
    );
    const onChange = jest.fn();
    await renderInTestApp(
      <ResolvedIncidentPicker
        {...({
          onChange,
          formData: {},
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
        ],
      },
    );
    const input = screen.getByRole('textbox', { name: /Resolved incident/ });
    // The form starts an object field as {}: nothing is picked yet.
    expect(input).toHaveValue('');
    await waitFor(() =>
      expect(fetch).toHaveBeenCalledWith(
        'http://portal/api/oncall/incidents?status=resolved&limit=100',
      ),
    );
    await userEvent.click(input);
    const options = await screen.findAllByRole('option');
    expect(options[0]).toHaveTextContent(
      '#377 Synthetic wire-transfer journey failing',
    );
    expect(options[1]).toHaveTextContent('#101 Ledger lag');
    await userEvent.click(options[0]);
    await waitFor(() => expect(onChange).toHaveBeenCalledWith(newer));
  });
});
