import { fireEvent, render, screen, within } from '@testing-library/react';
import { Cell, CellText, ColumnConfig, Text } from '@backstage/ui';
import { TableRow } from '../useServerTable';
import { compareSortValues, LocalTable } from './LocalTable';

interface Vendor {
  name: string;
  rtoHours?: number;
}

const columns: ColumnConfig<TableRow<Vendor>>[] = [
  {
    id: 'name',
    label: 'Vendor',
    isRowHeader: true,
    isSortable: true,
    cell: row => <CellText title={row.name} />,
  },
  {
    id: 'rto',
    label: 'RTO',
    isSortable: true,
    cell: row => <Cell>{row.rtoHours ?? '—'}</Cell>,
  },
];

const vendors: Vendor[] = [
  { name: 'Vendor 10', rtoHours: 4 },
  { name: 'Vendor 9' },
  { name: 'Vendor 2', rtoHours: 24 },
];

const names = () =>
  screen.getAllByRole('rowheader').map(cell => cell.textContent?.trim() ?? '');

function renderVendors(props: Partial<Parameters<typeof LocalTable>[0]> = {}) {
  return render(
    <LocalTable<Vendor>
      columns={columns}
      rows={vendors}
      rowId={vendor => vendor.name}
      sortValues={{ name: v => v.name, rto: v => v.rtoHours }}
      emptyState={<Text>No vendor.</Text>}
      {...(props as object)}
    />,
  );
}

describe('LocalTable', () => {
  it('shows the rows in the order given until a column is sorted', () => {
    renderVendors();
    expect(names()).toEqual(['Vendor 10', 'Vendor 9', 'Vendor 2']);
    fireEvent.click(screen.getByRole('columnheader', { name: /Vendor/ }));
    expect(names()).toEqual(['Vendor 2', 'Vendor 9', 'Vendor 10']);
  });

  it('sorts numbers as numbers and puts a blank last', () => {
    renderVendors();
    const rto = screen.getByRole('columnheader', { name: /RTO/ });
    fireEvent.click(rto);
    expect(names()).toEqual(['Vendor 10', 'Vendor 2', 'Vendor 9']);
    fireEvent.click(rto);
    expect(names()).toEqual(['Vendor 2', 'Vendor 10', 'Vendor 9']);
  });

  it('pages a table longer than its page size, and only then', () => {
    const { unmount } = renderVendors({ pageSize: 2 });
    expect(names()).toEqual(['Vendor 10', 'Vendor 9']);
    fireEvent.click(screen.getByRole('button', { name: /next/i }));
    expect(names()).toEqual(['Vendor 2']);
    unmount();
    renderVendors({ pageSize: 3 });
    expect(names()).toHaveLength(3);
    expect(screen.queryByRole('button', { name: /next/i })).toBeNull();
  });

  it('says what an empty table means', () => {
    renderVendors({ rows: [] });
    expect(
      within(screen.getByRole('grid')).getByText('No vendor.'),
    ).toBeInTheDocument();
  });
});

describe('compareSortValues', () => {
  it('orders text as people read it, both ways, with a blank last', () => {
    const sorted = (direction: 'ascending' | 'descending') =>
      ['b10', undefined, 'b9', 'a'].sort((a, b) =>
        compareSortValues(a, b, direction),
      );
    expect(sorted('ascending')).toEqual(['a', 'b9', 'b10', undefined]);
    expect(sorted('descending')).toEqual(['b10', 'b9', 'a', undefined]);
  });
});
