import { useApi } from '@backstage/frontend-plugin-api';
import { DownloadCsvButton } from '@readiness/plugin-readiness-react';
import type { ContinuityList } from '@readiness/plugin-continuity-common';
import type { ListRequest } from '@readiness/plugin-readiness-api-common';
import { continuityApiRef } from '../../api/ContinuityApi';

type CsvRequest = ListRequest & { asOf?: string };

/** Downloads a continuity list (with its current filters) or a DORA table as a CSV file. */
export function ContinuityCsvButton({
  list,
  request,
  fileName,
  label,
}: {
  list: ContinuityList | `dora/${string}`;
  /**
   * The filters to export with (and, for a DORA table, the day it is as of), or how to read
   * them at the time of the click.
   */
  request?: CsvRequest | (() => CsvRequest);
  fileName: string;
  label?: string;
}) {
  const api = useApi(continuityApiRef);
  return (
    <DownloadCsvButton
      fileName={fileName}
      label={label}
      csv={() => api.exportCsv(list, typeof request === 'function' ? request() : request)}
    />
  );
}
