import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderInTestApp } from '@backstage/frontend-test-utils';
import { resendScript, mountedRoutes } from '../../testing/fixtures';
import { ScriptTemplateForm } from './ScriptTemplateForm';

describe('ScriptTemplateForm', () => {
  jest.setTimeout(30_000);

  const writeText = jest.fn(() => Promise.resolve());
  beforeEach(() => {
    Object.assign(window.navigator, { clipboard: { writeText } });
    writeText.mockClear();
  });

  const script = () =>
    (
      screen.getByLabelText(
        'Filled script ach-resend-origination-file',
      ) as HTMLTextAreaElement
    ).value;

  it('starts from the defaults, with today as the business date', async () => {
    await renderInTestApp(<ScriptTemplateForm procedure={resendScript} />, {
      mountedRoutes,
      config: { readiness: { today: '2026-11-22' } },
    });
    const today = '2026-11-22';
    expect(screen.getByLabelText(/Business date/)).toHaveValue(today);
    // The window is required and has no default: the script is not ready yet.
    expect(screen.getByText('is required')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Copy script' })).toBeDisabled();
    expect(script()).toContain(`business_date = '${today}'`);
    expect(script()).toContain("window = '{{window}}'");
  });

  it('refuses values that fail validation, inline, and copies the filled script', async () => {
    await renderInTestApp(<ScriptTemplateForm procedure={resendScript} />, {
      mountedRoutes,
    });
    const date = screen.getByLabelText(/Business date/);
    await userEvent.clear(date);
    await userEvent.type(date, '2026-11-20');
    await userEvent.click(screen.getByLabelText(/FedACH window/));
    await userEvent.click(await screen.findByRole('option', { name: '1000' }));

    const batch = screen.getByLabelText(/Batch id/);
    await userEvent.type(batch, 'B12');
    expect(screen.getByText('must match ^B[0-9]{8}$')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Copy script' })).toBeDisabled();
    expect(script()).toContain("batch = '{{batchId}}'");

    await userEvent.type(batch, '345678');
    expect(screen.queryByText(/must match/)).not.toBeInTheDocument();
    const filled =
      "SELECT file_id FROM ach_files\nWHERE business_date = '2026-11-20' AND window = '1000' AND batch = 'B12345678';\n";
    expect(script()).toBe(filled);

    await userEvent.click(screen.getByRole('button', { name: 'Copy script' }));
    await waitFor(() => expect(writeText).toHaveBeenCalledWith(filled));
    expect(screen.getByRole('status')).toHaveTextContent('Copied.');
  });
});
