import { DownloadCsvButton } from '@readiness/plugin-readiness-react';
import { CsvColumn, toCsv } from '@readiness/plugin-readiness-api-common';

/** The shared CSV button, labelled "CSV" beside a view and named after its file for screen readers. */
export function CsvButton(props: {
  csv: () => string | Promise<string>;
  fileName: string;
}) {
  return (
    <DownloadCsvButton
      csv={props.csv}
      fileName={props.fileName}
      label="CSV"
      ariaLabel={`Download ${props.fileName}`}
    />
  );
}

/** Downloads rows already on screen (an analytics table) as CSV. */
export function RowsCsvButton<T>(props: {
  rows: readonly T[];
  columns: ReadonlyArray<CsvColumn<T>>;
  fileName: string;
}) {
  return (
    <CsvButton
      fileName={props.fileName}
      csv={() => toCsv(props.rows, props.columns)}
    />
  );
}
