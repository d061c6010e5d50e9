import { screen } from '@testing-library/react';
import { renderInTestApp } from '@backstage/frontend-test-utils';
import { freshStatus, sandboxStatus } from '../../testing/fixtures';
import { DataStatusBanner } from './DataStatusBanner';

const now = new Date('2026-03-15T12:00:00Z');

describe('DataStatusBanner', () => {
  it("states the data's age", async () => {
    await renderInTestApp(<DataStatusBanner status={freshStatus} now={now} />);
    expect(screen.getByRole('status')).toHaveTextContent(
      /^PagerDuty data from 3 minutes ago\.$/,
    );
  });

  it('says when the data comes from the local sandbox', async () => {
    await renderInTestApp(<DataStatusBanner status={sandboxStatus} now={now} />);
    expect(screen.getByRole('status')).toHaveTextContent(
      'PagerDuty data from 3 minutes ago. It comes from the local PagerDuty sandbox, not from a real PagerDuty account.',
    );
  });

  it('warns when the data is stale', async () => {
    await renderInTestApp(
      <DataStatusBanner
        status={{ ...freshStatus, lastSuccessAt: '2026-03-15T09:58:20Z', stale: true }}
        now={now}
      />,
    );
    expect(screen.getByRole('status')).toHaveTextContent(
      'PagerDuty data from 2 hours ago. It has not been refreshed since, so it may be out of date.',
    );
  });

  it('names the problem in plain words and keeps the last snapshot', async () => {
    await renderInTestApp(
      <DataStatusBanner
        status={{
          ...freshStatus,
          lastSuccessAt: '2026-03-15T11:35:00Z',
          stale: true,
          lastError: {
            at: '2026-03-15T11:58:00Z',
            message: 'PagerDuty rejected the token (401)',
          },
        }}
        now={now}
      />,
    );
    expect(screen.getByRole('status')).toHaveTextContent(
      'PagerDuty data from 25 minutes ago. The last refresh failed 2 minutes ago: PagerDuty rejected the token (401). Showing the last good snapshot; it may be out of date.',
    );
  });

  it('says so when nothing has been synced yet', async () => {
    await renderInTestApp(
      <DataStatusBanner
        status={{
          source: 'sandbox',
          baseUrl: 'http://127.0.0.1:7300',
          stale: true,
          lastError: { at: '2026-03-15T11:59:30Z', message: 'PagerDuty did not answer within 10 s.' },
        }}
        now={now}
      />,
    );
    expect(screen.getByRole('status')).toHaveTextContent(
      'No PagerDuty data has been synced yet. It comes from the local PagerDuty sandbox, not from a real PagerDuty account. The last refresh failed just now: PagerDuty did not answer within 10 s. There is nothing to show until a refresh succeeds.',
    );
  });
});
