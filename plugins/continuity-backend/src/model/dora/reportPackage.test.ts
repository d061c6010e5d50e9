import JSZip from 'jszip';
import { DORA_TABLE_CODES } from '@readiness/plugin-continuity-common';
import { demoDoraTables, demoFinancialEntity, DEMO_REFERENCE_DATE } from '../../__testUtils__/demoDoraRegister';
import taxonomy from './ebaDoraTaxonomy.json';
import {
  doraPackageFileName,
  doraReportPackageFiles,
  zipDoraReportPackage,
} from './reportPackage';

const CREATED_AT = new Date('2026-11-22T09:30:15.042Z');
const NAME = '5493001MERIDIANPAY22.IND_IE_DORA010100_DORA_2026-11-22_20261122093015042';

async function openDemoPackage() {
  const files = doraReportPackageFiles({
    tables: demoDoraTables(),
    entity: demoFinancialEntity(),
    referenceDate: DEMO_REFERENCE_DATE,
    createdAt: CREATED_AT,
  });
  const zip = await JSZip.loadAsync(await zipDoraReportPackage(files));
  const read = (path: string) => zip.file(`${NAME}/${path}`)!.async('string');
  const csvRows = async (path: string) =>
    (await read(path))
      .split('\r\n')
      .filter(line => line !== '')
      .map(line => line.split(','));
  return { zip, read, csvRows };
}

describe('the DORA report package', () => {
  it('is named as the EBA filing rules name a DORA package', () => {
    expect(doraPackageFileName(demoFinancialEntity(), DEMO_REFERENCE_DATE, CREATED_AT)).toBe(
      `${NAME}.zip`,
    );
    expect(
      doraPackageFileName({ ...demoFinancialEntity(), consolidated: true }, '2026-12-31', CREATED_AT),
    ).toMatch(/^5493001MERIDIANPAY22\.CON_IE_DORA010100_DORA_2026-12-31_\d{17}\.zip$/);
  });

  it('holds the package metadata, the report, parameters, filing indicators and one CSV per template', async () => {
    const { zip, read, csvRows } = await openDemoPackage();
    expect(Object.keys(zip.files).filter(path => !zip.files[path].dir).sort()).toEqual(
      [
        'META-INF/reportPackage.json',
        'reports/report.json',
        'reports/parameters.csv',
        'reports/FilingIndicators.csv',
        ...taxonomy.tables.map(table => `reports/${table.file}`),
      ]
        .map(path => `${NAME}/${path}`)
        .sort(),
    );
    expect(JSON.parse(await read('META-INF/reportPackage.json'))).toEqual({
      documentInfo: { documentType: 'https://xbrl.org/report-package/2023' },
    });
    expect(JSON.parse(await read('reports/report.json'))).toEqual({
      documentInfo: {
        documentType: 'https://xbrl.org/2021/xbrl-csv',
        extends: ['http://www.eba.europa.eu/eu/fr/xbrl/crr/fws/dora/4.0/mod/dora.json'],
      },
    });
    expect(await csvRows('reports/parameters.csv')).toEqual([
      ['name', 'value'],
      ['entityID', 'rs:5493001MERIDIANPAY22.IND'],
      ['refPeriod', '2026-11-22'],
      ['baseCurrency', 'iso4217:EUR'],
      ['decimalsInteger', '0'],
      ['decimalsMonetary', '-3'],
    ]);
  });

  it('reports every template that has rows, and the intra-group ones as not reported', async () => {
    const { csvRows } = await openDemoPackage();
    const indicators = await csvRows('reports/FilingIndicators.csv');
    expect(indicators[0]).toEqual(['templateID', 'reported']);
    expect(Object.fromEntries(indicators.slice(1))).toEqual(
      Object.fromEntries(
        DORA_TABLE_CODES.map(code => [code, String(!['B_02.03', 'B_03.03'].includes(code))]),
      ),
    );
  });

  it("heads every template's CSV with the taxonomy's column codes", async () => {
    const { csvRows } = await openDemoPackage();
    for (const table of taxonomy.tables) {
      const [header] = await csvRows(`reports/${table.file}`);
      expect({ table: table.code, header }).toEqual({
        table: table.code,
        header: table.columns.map(column => `c${column.code}`),
      });
    }
  });

  it('writes closed-list options, countries and currencies as the QNames the taxonomy files', async () => {
    const { csvRows } = await openDemoPackage();
    const [, entity] = await csvRows('reports/b_01.01.csv');
    expect(entity).toEqual([
      '5493001MERIDIANPAY22',
      'Meridian Pay Europe Limited',
      'eba_GA:IE',
      'eba_CT:x300',
      'Central Bank of Ireland',
      '2026-11-22',
    ]);
    const providers = await csvRows('reports/b_05.01.csv');
    const fedach = providers.find(row => row[0] === '549300VGEJKB7Y4ZJB42')!;
    expect(fedach.slice(1, 2)).toEqual(['eba_qCO:qx2000']);
    expect(fedach.slice(6, 10)).toEqual(['eba_CT:x212', 'eba_GA:US', 'eba_CU:USD', '420000']);
    const chains = await csvRows('reports/b_05.02.csv');
    // The fraud-scoring SaaS runs on AWS: AWS is rank 2 under that contract.
    const sentinel = chains.filter(row => row[0] === chains.find(r => r[2] === '549300SENTINEL7HZD90')?.[0]);
    expect(sentinel.map(row => [row[2], row[4], row[5]])).toEqual([
      ['549300SENTINEL7HZD90', '1', ''],
      ['5493000AWSINC8L2PQ86', '2', '549300SENTINEL7HZD90'],
    ]);
  });
});
