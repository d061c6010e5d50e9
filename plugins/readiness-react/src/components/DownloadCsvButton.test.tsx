import { alertApiRef } from '@backstage/frontend-plugin-api';
import { TestApiProvider } from '@backstage/frontend-test-utils';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { DownloadCsvButton } from './DownloadCsvButton';

describe('DownloadCsvButton', () => {
  const alertApi = { post: jest.fn() };
  let saved: Blob[];

  beforeEach(() => {
    saved = [];
    URL.createObjectURL = jest.fn((blob: Blob) => {
      saved.push(blob);
      return 'blob:csv';
    });
    URL.revokeObjectURL = jest.fn();
    jest
      .spyOn(HTMLAnchorElement.prototype, 'click')
      .mockImplementation(() => {});
    alertApi.post.mockReset();
  });

  afterEach(() => jest.restoreAllMocks());

  const renderButton = (
    props: Partial<Parameters<typeof DownloadCsvButton>[0]>,
  ) =>
    render(
      <TestApiProvider apis={[[alertApiRef, alertApi]]}>
        <DownloadCsvButton
          csv={() => 'a,b\r\n'}
          fileName="rows.csv"
          {...props}
        />
      </TestApiProvider>,
    );

  it('saves the CSV it builds at the time of the click', async () => {
    renderButton({ csv: async () => 'name\r\nx\r\n' });
    fireEvent.click(screen.getByRole('button', { name: 'Download CSV' }));
    await waitFor(() => expect(saved).toHaveLength(1));
    expect(saved[0].type).toBe('text/csv;charset=utf-8');
    expect(alertApi.post).not.toHaveBeenCalled();
  });

  it('saves a file under the name it comes with', async () => {
    const names: string[] = [];
    jest
      .spyOn(HTMLAnchorElement.prototype, 'click')
      .mockImplementation(function record(this: HTMLAnchorElement) {
        names.push(this.download);
      });
    renderButton({
      csv: async () => ({
        content: new Blob(['PK']),
        fileName: 'package_20261122093015042.zip',
      }),
    });
    fireEvent.click(screen.getByRole('button', { name: 'Download CSV' }));
    await waitFor(() =>
      expect(names).toEqual(['package_20261122093015042.zip']),
    );
    expect(await saved[0].text()).toBe('PK');
  });

  it('names the file for screen readers when asked to', () => {
    renderButton({ label: 'CSV', ariaLabel: 'Download rows.csv' });
    expect(
      screen.getByRole('button', { name: 'Download rows.csv' }),
    ).toHaveTextContent('CSV');
  });

  it('says in the alert bar when the file cannot be built', async () => {
    renderButton({
      csv: () => Promise.reject(new Error('503')),
    });
    fireEvent.click(screen.getByRole('button', { name: 'Download CSV' }));
    await waitFor(() =>
      expect(alertApi.post).toHaveBeenCalledWith({
        message: 'Could not download rows.csv: Error: 503',
        severity: 'error',
      }),
    );
    expect(saved).toHaveLength(0);
  });
});
