import { useState } from 'react';
import { Button } from '@material-ui/core';
import GetAppIcon from '@material-ui/icons/GetApp';
import { alertApiRef, useApi } from '@backstage/frontend-plugin-api';
import { continuityApiRef } from '../../api/ContinuityApi';
import { ContinuityList } from '@readiness/plugin-continuity-common';
import { ListRequest } from '@readiness/plugin-readiness-common';

/** Downloads a list (with its current filters) or a DORA table as a CSV file. */
export function DownloadCsvButton({
  list,
  request,
  fileName,
  label = 'Download CSV',
}: {
  list: ContinuityList | `dora/${string}`;
  /** The filters to export with, or how to read them at the time of the click. */
  request?: ListRequest | (() => ListRequest);
  fileName: string;
  label?: string;
}) {
  const api = useApi(continuityApiRef);
  const alertApi = useApi(alertApiRef);
  const [busy, setBusy] = useState(false);

  const download = async () => {
    setBusy(true);
    try {
      const csv = await api.exportCsv(
        list,
        typeof request === 'function' ? request() : request,
      );
      const url = URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' }));
      const link = document.createElement('a');
      link.href = url;
      link.download = fileName;
      link.click();
      URL.revokeObjectURL(url);
    } catch (error) {
      alertApi.post({ message: `Could not download ${fileName}: ${error}`, severity: 'error' });
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
    >
      {label}
    </Button>
  );
}
