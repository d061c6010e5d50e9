import { NavigationType } from 'react-router-dom';
import { searchOnArrival } from './filters';

describe('filters kept between the library and the analytics', () => {
  const kept = '?severity=critical&period=12m';

  it('opens a tab with the filters last set on the other', () => {
    expect(
      searchOnArrival({ search: '', navigationType: NavigationType.Push }, kept),
    ).toBe(kept);
  });

  it('keeps a query the address brings, and what back and forward restore', () => {
    expect(
      searchOnArrival(
        { search: '?squad=group:default/x', navigationType: NavigationType.Push },
        kept,
      ),
    ).toBe('?squad=group:default/x');
    expect(
      searchOnArrival({ search: '', navigationType: NavigationType.Pop }, kept),
    ).toBe('');
    expect(
      searchOnArrival(
        { search: '', navigationType: NavigationType.Replace },
        kept,
      ),
    ).toBe('');
  });
});
