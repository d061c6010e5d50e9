import { useState } from 'react';
import { Button } from '@material-ui/core';
import GetAppIcon from '@material-ui/icons/GetApp';
import { alertApiRef, useApi } from '@backstage/frontend-plugin-api';
import { CsvColumn, toCsv } from '@readiness/plugin-readiness-common';

/** Saves text as a file in the browser. */
export function saveFile(text: string, fileName: string, type = 'text/csv') {
  const url = URL.createObjectURL(
    new Blob([text], { type: `${type};charset=utf-8` }),
  );
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  URL.revokeObjectURL(url);
}

/** A button that builds a CSV file (on the server or from rows at hand) and saves it. */
export function DownloadCsvButton({
  csv,
  fileName,
  label = 'CSV',
}: {
  csv: () => string | Promise<string>;
  fileName: string;
  label?: string;
}) {
  const alertApi = useApi(alertApiRef);
  const [busy, setBusy] = useState(false);
  const download = async () => {
    setBusy(true);
    try {
      saveFile(await csv(), fileName);
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
      disabled={busy}
      aria-label={`Download ${fileName}`}
    >
      {label}
    </Button>
  );
}

/** Downloads rows already on screen (an analytics table) as CSV. */
export function RowsCsvButton<T>(props: {
  rows: readonly T[];
  columns: ReadonlyArray<CsvColumn<T>>;
  fileName: string;
}) {
  return (
    <DownloadCsvButton
      fileName={props.fileName}
      csv={() => toCsv(props.rows, props.columns)}
    />
  );
}
