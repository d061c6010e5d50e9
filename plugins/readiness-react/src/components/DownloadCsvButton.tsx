import { useState } from 'react';
import { Button } from '@material-ui/core';
import GetAppIcon from '@material-ui/icons/GetApp';
import { alertApiRef, useApi } from '@backstage/frontend-plugin-api';

/**
 * Saves text or a blob as a file in the browser.
 *
 * @public
 */
export function saveFile(content: string | Blob, fileName: string) {
  const blob =
    typeof content === 'string'
      ? new Blob([content], { type: 'text/csv;charset=utf-8' })
      : content;
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  URL.revokeObjectURL(url);
}

/**
 * What a download button saves: text or a blob under the button's file name, or a file with
 * its own name.
 *
 * @public
 */
export type DownloadContent =
  | string
  | Blob
  | { content: string | Blob; fileName: string };

/**
 * A button that builds a CSV file (asked of the server, or from rows at hand) when clicked and
 * saves it; a failure shows in the app's alert bar. Disabled while it works.
 *
 * @public
 */
export function DownloadCsvButton(props: {
  /**
   * The file's content, read at the time of the click; with its own name when the server names
   * the file (a name with the time it was made).
   */
  csv: () => DownloadContent | Promise<DownloadContent>;
  /** The file's name, unless `csv` gives one; failures name it too. */
  fileName: string;
  label?: string;
  /** What screen readers announce, when `label` alone does not say which file. */
  ariaLabel?: string;
  disabled?: boolean;
}) {
  const { csv, fileName, label = 'Download CSV', ariaLabel, disabled } = props;
  const alertApi = useApi(alertApiRef);
  const [busy, setBusy] = useState(false);
  const download = async () => {
    setBusy(true);
    try {
      const content = await csv();
      if (typeof content === 'string' || content instanceof Blob)
        saveFile(content, fileName);
      else saveFile(content.content, content.fileName);
    } catch (error) {
      alertApi.post({
        message: `Could not download ${fileName}: ${error}`,
        severity: 'error',
      });
    } finally {
      setBusy(false);
    }
  };
  return (
    <Button
      variant="outlined"
      color="primary"
      size="small"
      startIcon={<GetAppIcon />}
      onClick={download}
      disabled={busy || disabled}
      aria-label={ariaLabel}
    >
      {label}
    </Button>
  );
}
