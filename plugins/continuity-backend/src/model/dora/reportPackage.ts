import JSZip from 'jszip';
import { DoraTable } from '@readiness/plugin-continuity-common';
import { DoraFinancialEntity } from './financialEntity';
import { closedListQName, DORA_TAXONOMY, taxonomyTable } from './doraTaxonomy';

// The register as an xBRL-CSV report package for the EBA DORA taxonomy: one directory named as
// the ZIP, holding META-INF/reportPackage.json and reports/ with report.json (pointing at the
// taxonomy's entry point), parameters.csv, FilingIndicators.csv and one CSV per template whose
// header is the taxonomy's column codes (c0010 …) and whose closed-list values are QNames.

/** What a report package is made of. */
export interface DoraPackageInput {
  tables: readonly DoraTable[];
  entity?: DoraFinancialEntity;
  /** The reporting reference date, YYYY-MM-DD. */
  referenceDate: string;
  /** When the package is made: part of its name. */
  createdAt: Date;
}

/** Where no entity is configured the name still shows what is missing. */
const NO_LEI = 'LEI-NOT-CONFIGURED';
const NO_COUNTRY = 'XX';

/** yyyyMMddHHmmssSSS, in UTC. */
const timestamp = (date: Date) => date.toISOString().replace(/[-:TZ.]/g, '');

const reportSubject = (entity: DoraFinancialEntity | undefined) =>
  `${entity?.lei ?? NO_LEI}.${entity?.consolidated ? 'CON' : 'IND'}`;

/**
 * The package's file name, as the EBA filing rules form it for DORA:
 * `{LEI}.{CON|IND}_{country}_DORA010100_DORA_{reference date}_{creation timestamp}.zip`.
 *
 * @public
 */
export function doraPackageFileName(
  entity: DoraFinancialEntity | undefined,
  referenceDate: string,
  createdAt: Date,
): string {
  const { frameworkCode, moduleCode } = DORA_TAXONOMY.module;
  return `${reportSubject(entity)}_${entity?.country ?? NO_COUNTRY}_${frameworkCode}_${moduleCode}_${referenceDate}_${timestamp(createdAt)}.zip`;
}

/** A value as the taxonomy files it: closed-list options, countries and currencies as QNames. */
function xbrlValue(value: string | number | undefined, list: string | undefined): string {
  if (value === undefined) return '';
  const text = String(value);
  switch (list) {
    case 'COUNTRY':
      return `eba_GA:${text}`;
    case 'CURRENCY':
      return `eba_CU:${text}`;
    case undefined:
    case 'LEI':
    case 'IDENTIFIER':
    case 'DATE':
    case 'INTEGER':
    case 'MONETARY':
    case 'TRUE':
      return text;
    default:
      // A label the list lacks is a lint error; it is written as recorded.
      return closedListQName(list, text) ?? text;
  }
}

// Not toCsv: a filing is read by the supervisor's machines, not a spreadsheet, and toCsv's
// formula neutralisation would change values (decimalsMonetary -3 would be written '-3).
const xbrlCsvCell = (text: string) =>
  /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;

/** CSV with CRLF line ends, as the EBA sample package writes them. */
const csv = (rows: string[][]) => rows.map(row => `${row.map(xbrlCsvCell).join(',')}\r\n`).join('');

/** One template as the taxonomy's CSV: header `c0010,c0020,…`, then one line per row. */
function templateCsv(table: DoraTable): string {
  const { columns } = taxonomyTable(table.code);
  return csv([
    columns.map(column => `c${column.code}`),
    ...table.rows.map(row => columns.map((column, i) => xbrlValue(row.values[i], column.list))),
  ]);
}

/**
 * The report package's files, by path inside the ZIP.
 *
 * @public
 */
export function doraReportPackageFiles(input: DoraPackageInput): Record<string, string> {
  const { entity, referenceDate, createdAt, tables } = input;
  const { module } = DORA_TAXONOMY;
  const root = doraPackageFileName(entity, referenceDate, createdAt).replace(/\.zip$/, '');
  const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;
  const files: Record<string, string> = {
    [`${root}/META-INF/reportPackage.json`]: json({
      documentInfo: { documentType: module.reportPackageType },
    }),
    [`${root}/reports/report.json`]: json({
      documentInfo: { documentType: module.reportType, extends: [module.entryPoint] },
    }),
    [`${root}/reports/parameters.csv`]: csv([
      ['name', 'value'],
      ['entityID', `rs:${reportSubject(entity)}`],
      ['refPeriod', referenceDate],
      ['baseCurrency', `iso4217:${entity?.currency ?? ''}`],
      ['decimalsInteger', String(module.decimalsInteger)],
      ['decimalsMonetary', String(module.decimalsMonetary)],
    ]),
    // A template without rows is filed as not reported rather than left out.
    [`${root}/reports/FilingIndicators.csv`]: csv([
      ['templateID', 'reported'],
      ...tables.map(table => [table.code, String(table.rows.length > 0)]),
    ]),
  };
  for (const table of tables) {
    files[`${root}/reports/${taxonomyTable(table.code).file}`] = templateCsv(table);
  }
  return files;
}

/**
 * The report package as a ZIP.
 *
 * @public
 */
export async function zipDoraReportPackage(files: Record<string, string>): Promise<Buffer> {
  const zip = new JSZip();
  for (const [path, content] of Object.entries(files)) {
    zip.file(path, content);
  }
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}
