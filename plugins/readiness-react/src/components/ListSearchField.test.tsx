import { act, fireEvent, render, screen } from '@testing-library/react';
import { ListSearchField, SEARCH_DEBOUNCE_MS } from './ListSearchField';

describe('ListSearchField', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it('hands on the text once typing pauses, not on every key', () => {
    const onChange = jest.fn();
    render(
      <ListSearchField value="" onChange={onChange} label="Search vendors" />,
    );
    const box = screen.getByRole('searchbox', { name: 'Search vendors' });

    fireEvent.change(box, { target: { value: 'ac' } });
    act(() => jest.advanceTimersByTime(SEARCH_DEBOUNCE_MS - 1));
    fireEvent.change(box, { target: { value: 'acme' } });
    act(() => jest.advanceTimersByTime(SEARCH_DEBOUNCE_MS - 1));
    expect(onChange).not.toHaveBeenCalled();
    expect(box).toHaveValue('acme');

    act(() => jest.advanceTimersByTime(1));
    expect(onChange).toHaveBeenCalledTimes(1);
    expect(onChange).toHaveBeenCalledWith('acme');
  });

  it('shows a value set from outside, as when the URL changes', () => {
    const { rerender } = render(
      <ListSearchField value="" onChange={jest.fn()} label="Search vendors" />,
    );
    rerender(
      <ListSearchField
        value="bank"
        onChange={jest.fn()}
        label="Search vendors"
      />,
    );
    expect(screen.getByRole('searchbox')).toHaveValue('bank');
  });
});
