import { fireEvent, render, screen, within } from '@testing-library/react';
import { FilterSelect, optionsOf } from './FilterSelect';

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

  it('labels vocabulary values as written', () => {
    expect(optionsOf(['high', 'low'])).toEqual([
      { value: 'high', label: 'high' },
      { value: 'low', label: 'low' },
    ]);
  });
});
