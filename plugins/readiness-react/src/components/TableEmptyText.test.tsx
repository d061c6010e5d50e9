import { render, screen } from '@testing-library/react';
import { TableEmptyText } from './TableEmptyText';

describe('TableEmptyText', () => {
  it('says it in a paragraph of body text', () => {
    render(<TableEmptyText>No alert matches.</TableEmptyText>);
    expect(screen.getByText('No alert matches.').tagName).toBe('P');
  });
});
