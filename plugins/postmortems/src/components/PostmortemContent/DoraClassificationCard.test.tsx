import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderInTestApp } from '@backstage/frontend-test-utils';
import { doraStatus } from '@readiness/plugin-postmortems-common';
import { postmortemsApiRef } from '../../api/PostmortemsApi';
import { postmortem } from '../testData';
import { DoraClassificationCard } from './DoraClassificationCard';

const major = {
  ...postmortem.spec,
  dora: {
    criticalServicesAffected: true,
    maliciousAccess: false,
    clientsAffectedPercent: 12,
    memberStates: ['DE', 'FR'],
    classifiedAt: '2026-03-14T10:00:00Z',
    reports: { initial: '2026-03-14T15:00:00Z' },
  },
};

describe('DoraClassificationCard', () => {
  jest.setTimeout(30_000);

  it('shows why an incident is major, its criteria and its reporting clocks', async () => {
    const exportDoraReport = jest.fn(async () => 'Report,Field,Value\r\n');
    await renderInTestApp(
      <DoraClassificationCard
        status={doraStatus(major, Date.parse('2026-03-20T00:00:00Z'))}
        postmortem={postmortem.metadata}
      />,
      { apis: [[postmortemsApiRef, { exportDoraReport }]] as const },
    );
    expect(
      screen.getByText('DORA classification: Major incident'),
    ).toBeInTheDocument();
    expect(
      screen.getByText(
        'Major: critical services affected and 12% of clients affected (threshold: more than 10%); 2 member states affected (DE, FR) (threshold: 2 or more).',
      ),
    ).toBeInTheDocument();
    const initial = screen.getByRole('row', { name: 'Initial notification' });
    expect(initial).toHaveTextContent('2026-03-14 14:00 UTC');
    expect(within(initial).getByText('Sent late')).toBeInTheDocument();
    const intermediate = screen.getByRole('row', {
      name: 'Intermediate report',
    });
    expect(within(intermediate).getByText('Overdue')).toBeInTheDocument();
    const final = screen.getByRole('row', { name: 'Final report' });
    expect(
      within(final).getByText('Waits for the previous report'),
    ).toBeInTheDocument();

    await userEvent.click(
      screen.getByRole('button', {
        name: 'Download the DORA report draft as CSV',
      }),
    );
    expect(exportDoraReport).toHaveBeenCalledWith(
      expect.objectContaining({ name: postmortem.metadata.name }),
      'csv',
    );
  });

  it('says what is missing and shows no clocks when the facts cannot decide', async () => {
    await renderInTestApp(
      <DoraClassificationCard
        status={doraStatus(
          { ...postmortem.spec, dora: { clientsAffectedPercent: 50 } },
          0,
        )}
        postmortem={postmortem.metadata}
      />,
      { apis: [[postmortemsApiRef, {}]] as const },
    );
    expect(
      screen.getByText('DORA classification: Not enough data'),
    ).toBeInTheDocument();
    expect(
      screen.getByText(/record whether critical services were affected/),
    ).toBeInTheDocument();
    expect(screen.queryByText('Initial notification')).toBeNull();
    expect(screen.queryByRole('button', { name: /report draft/ })).toBeNull();
  });
});
