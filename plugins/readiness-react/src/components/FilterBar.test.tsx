import { fireEvent, render, screen, within } from '@testing-library/react';
import { FilterBar } from './FilterBar';

describe('FilterBar', () => {
  it('renders a filter per definition, the page controls and the actions', () => {
    const onChange = jest.fn();
    render(
      <FilterBar
        filters={[
          {
            field: 'criticality',
            label: 'Criticality',
            options: [
              { value: 'high', label: 'high' },
              { value: 'medium', label: 'medium' },
            ],
          },
          { field: 'owner', label: 'Owner', options: [] },
        ]}
        value={{ owner: [] }}
        onChange={onChange}
        actions={<button type="button">Download CSV</button>}
      >
        <input aria-label="Search" />
      </FilterBar>,
    );
    expect(screen.getByLabelText('Search')).toBeInTheDocument();
    expect(
      screen.getByRole('button', { name: 'Download CSV' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /Owner/ })).toBeInTheDocument();

    fireEvent.mouseDown(screen.getByRole('button', { name: /Criticality/ }));
    fireEvent.click(within(screen.getByRole('listbox')).getByText('medium'));
    expect(onChange).toHaveBeenCalledWith(
      {
        owner: [],
        criticality: ['medium'],
      },
      'criticality',
    );
  });
});
