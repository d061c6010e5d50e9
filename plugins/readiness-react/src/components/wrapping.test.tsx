import { fireEvent, render, screen } from '@testing-library/react';
import { CellText, Text } from '@backstage/ui';
import { LocalTable } from './LocalTable';
import { WrappingTextCell, withWrappingHeader } from './wrapping';

interface Check {
  title: string;
  gaps: number;
}

const checks: Check[] = [
  { title: 'Runbook linked', gaps: 3 },
  { title: 'Pages someone', gaps: 1 },
];

describe('withWrappingHeader', () => {
  it('lets a long header wrap and keeps the column sortable and its row header', () => {
    render(
      <LocalTable<Check>
        columns={[
          withWrappingHeader({
            id: 'title',
            label: 'Check',
            isRowHeader: true,
            cell: row => <CellText title={row.title} />,
          }),
          withWrappingHeader({
            id: 'gaps',
            label: 'Alerts without a procedure that says what to do',
            isSortable: true,
            minWidth: 120,
            cell: row => <CellText title={String(row.gaps)} />,
          }),
        ]}
        rows={checks}
        rowId={check => check.title}
        sortValues={{ gaps: check => check.gaps }}
        emptyState={<Text>Nothing to check.</Text>}
      />,
    );
    const header = screen.getByText(
      'Alerts without a procedure that says what to do',
    );
    expect(header).toHaveStyle({ whiteSpace: 'normal' });
    fireEvent.click(header);
    expect(
      screen.getAllByRole('rowheader').map(cell => cell.textContent),
    ).toEqual(['Pages someone', 'Runbook linked']);
  });

  it('fills a cell with any content, which wraps as body text', () => {
    render(
      <LocalTable<Check>
        columns={[
          {
            id: 'title',
            label: 'Check',
            isRowHeader: true,
            cell: row => (
              <WrappingTextCell>
                <abbr title={row.title}>{row.title.slice(0, 4)}</abbr>
              </WrappingTextCell>
            ),
          },
        ]}
        rows={checks}
        rowId={check => check.title}
        emptyState={<Text>Nothing to check.</Text>}
      />,
    );
    const content = screen.getByTitle('Runbook linked');
    expect(content.textContent).toBe('Runb');
    expect(content.parentElement?.tagName).toBe('DIV');
    expect(content.closest('[role="rowheader"]')).not.toBeNull();
  });
});
