import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderInTestApp } from '@backstage/frontend-test-utils';
import { scorecardsApiRef } from '../../api';
import { mockScorecardsApi } from '../../testing/fixtures';
import { ScorecardsPage } from './ScorecardsPage';

describe('the leadership scorecards page', () => {
  jest.setTimeout(30_000);

  it('shows the heat map by domain, the trend by week or quarter and the comparison', async () => {
    const api = mockScorecardsApi();
    await renderInTestApp(<ScorecardsPage />, {
      apis: [[scorecardsApiRef, api]],
    });
    const heatMap = await screen.findByRole('table', {
      name: 'Scorecard heat map',
    });
    expect(within(heatMap).getByText('payments')).toBeInTheDocument();
    expect(
      within(heatMap).getByText('registration signup'),
    ).toBeInTheDocument();
    expect(
      within(heatMap).getByRole('link', { name: 'ACH Operations Squad' }),
    ).toHaveAttribute(
      'href',
      '/catalog/default/group/ach-operations-squad/scorecard',
    );
    expect(
      within(heatMap).getByTitle(
        /Identity Squad · Paired on-call rota: Fail. Only one person./,
      ),
    ).toBeInTheDocument();
    expect(api.getHistory).toHaveBeenCalledWith({ period: 'week' });

    await userEvent.click(screen.getByRole('button', { name: 'By quarter' }));
    expect(api.getHistory).toHaveBeenCalledWith({ period: 'quarter' });

    expect(
      await screen.findByText('continuous-integration'),
    ).toBeInTheDocument();
    expect(screen.getByText('+1')).toBeInTheDocument();
  });

  it('pages through the squads, the levels staying over every squad', async () => {
    const firstPage = await mockScorecardsApi().getScorecards();
    const api = mockScorecardsApi({
      getScorecards: jest.fn(async request => ({
        ...firstPage,
        distribution: { 0: 50, 1: 40, 2: 0 },
        squads: {
          ...firstPage.squads,
          offset: request?.offset ?? 0,
          limit: request?.limit ?? 50,
          total: 90,
        },
      })),
    });
    await renderInTestApp(<ScorecardsPage />, {
      apis: [[scorecardsApiRef, api]],
    });
    expect(await screen.findByText('Squads 1–2 of 90')).toBeInTheDocument();
    expect(screen.getByText('90 squads')).toBeInTheDocument();
    expect(
      screen.getByRole('button', { name: 'Previous squads' }),
    ).toBeDisabled();
    await userEvent.click(screen.getByRole('button', { name: 'Next squads' }));
    expect(api.getScorecards).toHaveBeenLastCalledWith({
      offset: 40,
      limit: 40,
    });
    expect(await screen.findByText('Squads 41–42 of 90')).toBeInTheDocument();
  });

  it('evaluates on demand', async () => {
    const api = mockScorecardsApi();
    await renderInTestApp(<ScorecardsPage />, {
      apis: [[scorecardsApiRef, api]],
    });
    await userEvent.click(
      await screen.findByRole('button', { name: 'Evaluate now' }),
    );
    expect(api.evaluate).toHaveBeenCalled();
    expect(api.getScorecards).toHaveBeenCalledTimes(2);
  });
});
