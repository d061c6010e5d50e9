import { render } from '@testing-library/react';
import { KeepDaysWhole } from './KeepDaysWhole';

describe('KeepDaysWhole', () => {
  it('keeps each day on one line and the text as written', () => {
    const { container } = render(
      <KeepDaysWhole>
        last reviewed 2026-09-02, due again 2027-09-02
      </KeepDaysWhole>,
    );
    expect(container).toHaveTextContent(
      'last reviewed 2026-09-02, due again 2027-09-02',
    );
    const days = [...container.querySelectorAll('span')];
    expect(days.map(day => day.textContent)).toEqual([
      '2026-09-02',
      '2027-09-02',
    ]);
    expect(days[0]).toHaveStyle({ whiteSpace: 'nowrap' });
  });
});
