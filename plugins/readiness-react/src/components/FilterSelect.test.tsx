import { DefaultEntityPresentationApi } from '@backstage/plugin-catalog';
import { entityPresentationApiRef } from '@backstage/plugin-catalog-react';
import { catalogApiMock } from '@backstage/plugin-catalog-react/testUtils';
import { TestApiProvider } from '@backstage/frontend-test-utils';
import {
  fireEvent,
  render,
  screen,
  waitFor,
  within,
} from '@testing-library/react';
import { FilterSelect, optionsOf, searchBeyondListed } from './FilterSelect';

describe('FilterSelect', () => {
  it('shows the chosen labels and offers each option with its count', () => {
    const onChange = jest.fn();
    render(
      <FilterSelect
        id="severity"
        label="Severity"
        options={[
          { value: 'critical', label: 'Critical', count: 3 },
          { value: 'low', label: 'Low', count: 0 },
        ]}
        selected={['critical']}
        onChange={onChange}
      />,
    );
    const select = screen.getByRole('button', { name: /Severity/ });
    expect(select).toHaveTextContent('Critical');

    fireEvent.mouseDown(select);
    const list = within(screen.getByRole('listbox'));
    expect(list.getByText('3 matching')).toBeInTheDocument();
    fireEvent.click(list.getByText('Low'));
    expect(onChange).toHaveBeenCalledWith(['critical', 'low']);
  });

  it('searches the values the options leave out, and keeps a found choice with its label', async () => {
    const onChange = jest.fn();
    const find = jest.fn(async (text: string) =>
      text.includes('ledger')
        ? [{ value: 'component:default/ledger', label: 'Ledger', count: 2 }]
        : [],
    );
    const { rerender } = render(
      <FilterSelect
        id="service"
        label="Service"
        options={[
          { value: 'component:default/card-switch', label: 'Card Switch' },
        ]}
        selected={[]}
        onChange={onChange}
        search={{ total: 4000, find }}
      />,
    );
    fireEvent.mouseDown(screen.getByRole('button', { name: /Service/ }));
    const box = screen.getByRole('textbox', { name: 'Search Service' });
    expect(box).toHaveAttribute('placeholder', 'Search all 4000 values');
    fireEvent.click(box);
    expect(onChange).not.toHaveBeenCalled();

    fireEvent.change(box, { target: { value: 'ledger' } });
    const list = within(screen.getByRole('listbox'));
    fireEvent.click(await list.findByText('Ledger'));
    expect(find).toHaveBeenCalledWith('ledger');
    expect(onChange).toHaveBeenCalledWith(['component:default/ledger']);
    expect(list.queryByText('Card Switch')).not.toBeInTheDocument();

    rerender(
      <FilterSelect
        id="service"
        label="Service"
        options={[
          { value: 'component:default/card-switch', label: 'Card Switch' },
        ]}
        selected={['component:default/ledger']}
        onChange={onChange}
        search={{ total: 4000, find }}
      />,
    );
    // The menu is still open, hiding the rest of the page from the accessibility tree.
    expect(
      screen.getByRole('button', { name: /Service/, hidden: true }),
    ).toHaveTextContent('Ledger');
  });

  it('names a chosen entity no option lists as the catalog presents it', async () => {
    const catalogApi = catalogApiMock.mock({
      getEntitiesByRefs: jest.fn(async () => ({
        items: [
          {
            apiVersion: 'backstage.io/v1alpha1',
            kind: 'Group',
            metadata: { name: 'payroll-squad-13', title: 'Payroll Squad 13' },
            spec: {},
          },
        ],
      })),
    });
    render(
      <TestApiProvider
        apis={[
          [
            entityPresentationApiRef,
            DefaultEntityPresentationApi.create({ catalogApi }),
          ],
        ]}
      >
        <FilterSelect
          id="squad"
          label="Squad"
          options={[{ value: 'group:default/cards-squad-01', label: 'Cards' }]}
          selected={['group:default/payroll-squad-13', 'overdue']}
          onChange={jest.fn()}
        />
      </TestApiProvider>,
    );
    const select = screen.getByRole('button', { name: /Squad/ });
    await waitFor(() =>
      expect(select).toHaveTextContent('Payroll Squad 13, overdue'),
    );
  });

  it('labels vocabulary values as written', () => {
    expect(optionsOf(['high', 'low'])).toEqual([
      { value: 'high', label: 'high' },
      { value: 'low', label: 'low' },
    ]);
  });
});

describe('searchBeyondListed', () => {
  const find = async () => [];

  it('searches only when the filter lists fewer values than there are', () => {
    expect(searchBeyondListed(50, 120, find)).toEqual({ total: 120, find });
    expect(searchBeyondListed(8, 8, find)).toBeUndefined();
  });
});
