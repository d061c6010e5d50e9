import { render, screen } from '@testing-library/react';
import { HomeWidgetFrame } from './HomeWidgetFrame';

const link = { href: '/postmortems/actions', label: 'All action items' };
const rows = Array.from({ length: 6 }, (_, i) => ({
  key: `row-${i}`,
  title: `Action ${i}`,
  detail: `overdue by ${i} days`,
  href: `/actions/${i}`,
}));

describe('HomeWidgetFrame', () => {
  it('shows the headline, the first four rows, how many more, and the full page', () => {
    render(
      <HomeWidgetFrame
        state={{ loading: false }}
        rows={rows}
        headline="6 open, 2 overdue"
        nothingToDo="Nothing to do."
        link={link}
      />,
    );
    expect(screen.getByText('6 open, 2 overdue')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Action 3' })).toHaveAttribute(
      'href',
      '/actions/3',
    );
    expect(screen.queryByText('Action 4')).not.toBeInTheDocument();
    expect(screen.getByText('and 2 more')).toBeInTheDocument();
    expect(
      screen.getByRole('link', { name: 'All action items' }),
    ).toHaveAttribute('href', '/postmortems/actions');
    expect(screen.queryByText('Nothing to do.')).not.toBeInTheDocument();
  });

  it('says plainly when there is nothing to do, without a headline', () => {
    render(
      <HomeWidgetFrame
        state={{ loading: false }}
        rows={[]}
        headline={false}
        nothingToDo="No overdue actions: nothing to do."
        link={link}
      />,
    );
    expect(
      screen.getByText('No overdue actions: nothing to do.'),
    ).toBeInTheDocument();
    expect(screen.queryByText('false')).not.toBeInTheDocument();
  });

  it('names the error instead of the rows', () => {
    render(
      <HomeWidgetFrame
        state={{ loading: false, error: new Error('403 Forbidden') }}
        rows={rows}
        nothingToDo="Nothing to do."
        link={link}
      />,
    );
    expect(
      screen.getByText('Could not load this: 403 Forbidden'),
    ).toBeInTheDocument();
    expect(screen.queryByText('Action 0')).not.toBeInTheDocument();
  });

  it('waits for every answer it is given and names the first error', () => {
    const { rerender } = render(
      <HomeWidgetFrame
        state={[{ loading: false }, { loading: true }]}
        rows={rows}
        nothingToDo="Nothing to do."
        link={link}
      />,
    );
    expect(screen.queryByText('Action 0')).not.toBeInTheDocument();
    rerender(
      <HomeWidgetFrame
        state={[
          { loading: false, error: new Error('no identity') },
          { loading: false, error: new Error('403 Forbidden') },
        ]}
        rows={rows}
        nothingToDo="Nothing to do."
        link={link}
      />,
    );
    expect(
      screen.getByText('Could not load this: no identity'),
    ).toBeInTheDocument();
    expect(screen.queryByText('Action 0')).not.toBeInTheDocument();
  });
});
