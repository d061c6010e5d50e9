/**
 * A CSV column: its header and how to read the cell from a row.
 *
 * @public
 */
export interface CsvColumn<T> {
  header: string;
  value: (row: T) => string | number | boolean | null | undefined;
}

// Spreadsheets run a cell starting with one of these as a formula (CSV injection).
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * One CSV cell: formula-like text is prefixed with a quote so spreadsheets show it as text,
 * and cells with separators, quotes or line breaks are quoted (RFC 4180).
 *
 * @public
 */
export function csvCell(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) {
    return '';
  }
  let text = String(value);
  if (typeof value === 'string' && FORMULA_START.test(text)) {
    text = `'${text}`;
  }
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * Rows as CSV text with a header line, CRLF line ends as RFC 4180 asks.
 *
 * @public
 */
export function toCsv<T>(rows: readonly T[], columns: ReadonlyArray<CsvColumn<T>>): string {
  const lines = [
    columns.map(column => csvCell(column.header)).join(','),
    ...rows.map(row => columns.map(column => csvCell(column.value(row))).join(',')),
  ];
  return `${lines.join('\r\n')}\r\n`;
}
