import { render, screen } from '@testing-library/react';
import { SEVERITY_COLORS, SeverityChip } from './SeverityChip';

describe('SeverityChip', () => {
  it('shows the severity in its colour', () => {
    render(<SeverityChip severity="critical" />);
    const chip = screen.getByText('critical').closest('.MuiChip-root');
    expect(chip).toHaveStyle({ backgroundColor: SEVERITY_COLORS.critical });
  });

  it('shows nothing for a record without one', () => {
    const { container } = render(<SeverityChip />);
    expect(container).toBeEmptyDOMElement();
  });
});
