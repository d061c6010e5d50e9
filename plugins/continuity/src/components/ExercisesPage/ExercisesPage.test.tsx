import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderInTestApp } from '@backstage/frontend-test-utils';
import { entityRouteRef } from '@backstage/plugin-catalog-react';
import { continuityApiRef } from '../../api/ContinuityApi';
import { exerciseRow } from '../../__testUtils__/testData';
import {
  allowDownloads,
  browseServerList,
  pagedList,
} from '../../__testUtils__/serverList';
import { ExercisesPage } from './ExercisesPage';

const mountedRoutes = { '/catalog/:namespace/:kind/:name': entityRouteRef };

describe('ExercisesPage', () => {
  jest.setTimeout(60_000);

  it('pages, sorts and searches the exercises on the server, newest first, and exports what it shows', async () => {
    const listExercises = pagedList(45, index => ({
      ...exerciseRow,
      ref: `exercise:default/exercise-${index}`,
      title: `Exercise ${index}`,
    }));
    const exportCsv = jest.fn(async () => 'Exercise\r\n');
    allowDownloads();
    await renderInTestApp(<ExercisesPage />, {
      apis: [[continuityApiRef, { listExercises, exportCsv } as any]],
      mountedRoutes,
    });
    const shown = await browseServerList({
      region: 'Exercises',
      fetchPage: listExercises,
      firstRequest: {
        filters: {},
        sort: 'date',
        order: 'desc',
        offset: 0,
        limit: 20,
      },
      sort: { header: /^Result/, name: 'result' },
      unsortableHeader: /^Scenario/,
      search: { label: 'Search exercises', text: 'outage' },
    });
    await waitFor(() =>
      expect(exportCsv).toHaveBeenCalledWith('exercises', shown),
    );
  });

  it("opens an exercise's scenario, findings and actions under its row", async () => {
    const listExercises = jest.fn(async () => ({
      items: [exerciseRow],
      total: 1,
      offset: 0,
      limit: 20,
    }));
    await renderInTestApp(<ExercisesPage />, {
      apis: [[continuityApiRef, { listExercises } as any]],
      mountedRoutes,
    });
    const row = await screen.findByRole(
      'row',
      { name: /Card processor outage table-top/ },
      { timeout: 10_000 },
    );
    expect(
      within(row).getByText('1 hr, 30 min of 1 hr (missed)'),
    ).toBeInTheDocument();
    expect(within(row).getByText('2 people, 1 team')).toBeInTheDocument();
    expect(
      within(row).getByText('1 finding, 1 of 1 action open'),
    ).toBeInTheDocument();
    expect(screen.queryByText('Success criteria')).not.toBeInTheDocument();

    const show = within(row).getByRole('button', { name: 'Show details' });
    expect(show).toHaveAttribute('aria-expanded', 'false');
    await userEvent.click(show);
    expect(await screen.findByText('Success criteria')).toBeInTheDocument();
    expect(
      screen.getByText('Stand-in approves within 15 minutes'),
    ).toBeInTheDocument();
    expect(screen.getByText('four hours').tagName).toBe('STRONG');
    expect(
      screen.getByText('The stand-in limits were out of date'),
    ).toBeInTheDocument();
    expect(
      screen.getByText('Refresh the stand-in limits every quarter'),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('link', { name: /tickets\.example\.com\/CARD-42/ }),
    ).toHaveAttribute('href', 'https://tickets.example.com/CARD-42');

    const hide = within(row).getByRole('button', { name: 'Hide details' });
    expect(hide).toHaveAttribute('aria-expanded', 'true');
    await userEvent.click(hide);
    expect(screen.queryByText('Success criteria')).not.toBeInTheDocument();
  });
});
