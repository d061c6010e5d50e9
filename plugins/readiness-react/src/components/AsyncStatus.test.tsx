import { renderInTestApp } from '@backstage/frontend-test-utils';
import { render, screen } from '@testing-library/react';
import { AsyncStatus } from './AsyncStatus';

describe('AsyncStatus', () => {
  it('shows progress until the first answer, and nothing while a reload keeps it', () => {
    const { rerender } = render(<AsyncStatus state={{ loading: true }} />);
    expect(screen.getByTestId('progress')).toBeInTheDocument();
    rerender(<AsyncStatus state={{ loading: true, value: { total: 0 } }} />);
    expect(screen.queryByTestId('progress')).not.toBeInTheDocument();
    rerender(<AsyncStatus state={{ loading: false, value: { total: 0 } }} />);
    expect(document.body.textContent).toBe('');
  });

  it('names the error of the last load', async () => {
    await renderInTestApp(
      <AsyncStatus
        state={{
          loading: false,
          error: new Error('403 Forbidden'),
          value: { total: 0 },
        }}
      />,
    );
    expect(
      screen.getByText('Error: 403 Forbidden', { selector: 'h6' }),
    ).toBeInTheDocument();
  });
});
