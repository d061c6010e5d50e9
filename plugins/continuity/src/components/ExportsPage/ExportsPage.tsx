import useAsync from 'react-use/esm/useAsync';
import { Content } from '@backstage/core-components';
import { useApi } from '@backstage/frontend-plugin-api';
import {
  Alert,
  Card,
  CardBody,
  CardHeader,
  Cell,
  CellText,
  ColumnConfig,
  Flex,
  Link,
  Skeleton,
  Table,
  Text,
} from '@backstage/ui';
import {
  DownloadCsvButton,
  formatLocalTime,
  useReadinessClock,
} from '@readiness/plugin-readiness-react';
import {
  DoraMissingColumn,
  DoraRegisterSummary,
  DoraTableSummary,
} from '@readiness/plugin-continuity-common';
import { continuityApiRef } from '../../api/ContinuityApi';
import { ContinuityCsvButton } from '../shared/ContinuityCsvButton';
import { REGISTER_EXPORTS } from '../shared/registerExports';
import { RegisterDays, RegisterDayPickers, useRegisterDays } from './RegisterDays';
import { RegisterDiff } from './RegisterDiff';
import { WhereToFix, WrappingCell } from './cells';
import { DoraFindings } from './DoraFindings';

const DOCS = '/docs/default/component/readiness-portal/dora-register/';

type TemplateRow = DoraTableSummary & { id: string };

/** The templates' columns; their CSV files are of the day the register is shown as of. */
const templateColumns = (asOf: string | undefined): ColumnConfig<TemplateRow>[] => [
  {
    id: 'template',
    label: 'Template',
    isRowHeader: true,
    defaultWidth: '3fr',
    cell: row => <WrappingCell title={row.code} description={row.name} />,
  },
  { id: 'rows', label: 'Rows', cell: row => <CellText title={String(row.rowCount)} /> },
  {
    id: 'missing',
    label: 'Missing',
    cell: row => (
      <Cell>
        <Text variant="body-medium" color={row.missingCount > 0 ? 'danger' : 'success'}>
          {row.missingCount === 0 ? 'none' : row.missingCount}
        </Text>
      </Cell>
    ),
  },
  {
    id: 'errors',
    label: 'Errors',
    cell: row => (
      <Cell>
        <Text variant="body-medium" color={row.errors > 0 ? 'danger' : 'primary'}>
          {row.errors}
        </Text>
      </Cell>
    ),
  },
  {
    id: 'warnings',
    label: 'Warnings',
    minWidth: 100,
    cell: row => <CellText title={String(row.warnings)} />,
  },
  {
    id: 'withheld',
    label: 'Withheld',
    cell: row => <CellText title={String(row.withheld)} />,
  },
  {
    id: 'csv',
    label: 'CSV',
    minWidth: 120,
    cell: row => (
      <Cell>
        <ContinuityCsvButton
          list={`dora/${row.code}`}
          request={{ asOf }}
          fileName={asOf ? `dora-${row.code}-${asOf}.csv` : `dora-${row.code}.csv`}
          label={row.code}
        />
      </Cell>
    ),
  },
];

type MissingRow = DoraMissingColumn & { id: string };

const missingColumns: ColumnConfig<MissingRow>[] = [
  {
    id: 'column',
    label: 'Column',
    isRowHeader: true,
    defaultWidth: '3fr',
    cell: row => <WrappingCell title={row.column} description={row.columnName} />,
  },
  { id: 'rows', label: 'Rows', cell: row => <CellText title={String(row.rows)} /> },
  {
    id: 'why',
    label: 'Why it is required',
    defaultWidth: '2fr',
    cell: row => <WrappingCell title={row.reasons.map(reason => reason.replace(/;.*$/, '')).join('; ')} />,
  },
  {
    id: 'field',
    label: 'Record this',
    defaultWidth: '2fr',
    cell: row => <WrappingCell title={row.source} />,
  },
  {
    id: 'where',
    label: 'In',
    defaultWidth: '2fr',
    cell: row => (
      <Cell>
        <WhereToFix subjects={row.subjects} count={row.subjectCount} />
      </Cell>
    ),
  },
];

function ReportPackage({ register, asOf }: { register: DoraRegisterSummary; asOf?: string }) {
  const api = useApi(continuityApiRef);
  const { package: status } = register;
  return (
    <Card>
      <CardHeader>
        <Text as="h2" variant="title-small">
          Report package for the supervisor
        </Text>
      </CardHeader>
      <CardBody>
        <Flex direction="column" gap="3">
          {status.submittable ? (
            <Alert
              status="success"
              title="Submittable: the pre-submission linter finds no error"
              description={`${status.warnings} warnings, which do not block the submission. Reference date ${status.referenceDate}.`}
            />
          ) : (
            <Alert
              status="danger"
              title={`Not submittable: ${status.errors} errors`}
              description="Fix the errors listed below in the records (or the configuration they name); warnings do not block."
            />
          )}
          <Flex align="center" gap="3" style={{ flexWrap: 'wrap' }}>
            <DownloadCsvButton
              csv={() => api.downloadDoraPackage({ asOf })}
              fileName={`the report package of ${status.referenceDate}`}
              label="Download report package (xBRL-CSV ZIP)"
              disabled={!status.submittable}
            />
            <Text variant="body-small" color="secondary">
              Named as the EBA filing rules name it, with the time it is made.
            </Text>
          </Flex>
          <Text variant="body-small">
            One ZIP as the EBA filing rules name and lay it out for the DORA taxonomy 4.0: the package
            metadata, the report pointing at the taxonomy's entry point, parameters, filing indicators
            and one CSV per template with the taxonomy's column codes.{' '}
            <Link href={DOCS}>How each column is filled</Link>
          </Text>
        </Flex>
      </CardBody>
    </Card>
  );
}

/** Where a past register comes from: the snapshot of the records it was built from. */
function snapshotNote(register: DoraRegisterSummary, now: Date): string {
  const { snapshot } = register.asOf;
  if (!snapshot) return '';
  return ` As the records stood from ${formatLocalTime(snapshot.takenAt, now)}${
    snapshot.source === 'demo' ? ' (the demo history)' : ''
  }.`;
}

/** The register of today, or of a past day (`asOf`), with its package, missing values and findings. */
function DoraRegister({ asOf }: { asOf?: string }) {
  const api = useApi(continuityApiRef);
  const clock = useReadinessClock();
  const { value: register, loading, error } = useAsync(() => api.getDoraRegister({ asOf }), [api, asOf]);
  if (loading) return <Skeleton width="100%" height={240} />;
  if (error || !register) {
    return <Alert status="danger" title={`Could not build the DORA register: ${error?.message}`} />;
  }
  const templates: TemplateRow[] = register.tables.map(table => ({ ...table, id: table.code }));
  const missing: MissingRow[] = register.tables.flatMap(table =>
    table.missingByColumn.map(column => ({ ...column, id: column.column })),
  );
  const withheld = register.tables.some(table => table.withheld > 0);
  return (
    <Flex direction="column" gap="4">
      <ReportPackage register={register} asOf={asOf} />
      <Card>
        <CardHeader>
          <Text as="h2" variant="title-small">
            {asOf ? `DORA register of information as of ${asOf}` : 'DORA register of information'}
          </Text>
          <Text variant="body-small" color="secondary" as="p">
            The templates of Implementing Regulation (EU) 2024/2956, filled from the vendor and plan
            records and the configured financial entity.{snapshotNote(register, clock())} Missing
            values stay empty; they are never made up.
            {withheld &&
              " Contract values of vendors whose relationship you do not own are confidential and left empty for you; leadership and auditors see them all."}
          </Text>
        </CardHeader>
        <CardBody>
          <Table columnConfig={templateColumns(asOf)} data={templates} pagination={{ type: 'none' }} />
        </CardBody>
      </Card>
      <Card>
        <CardHeader>
          <Text as="h2" variant="title-small">
            Missing required values
          </Text>
        </CardHeader>
        <CardBody>
          {missing.length === 0 ? (
            <Text variant="body-medium">Every required value of every template is recorded.</Text>
          ) : (
            <Table columnConfig={missingColumns} data={missing} pagination={{ type: 'none' }} />
          )}
        </CardBody>
      </Card>
      <Card>
        <CardHeader>
          <Text as="h2" variant="title-small">
            Pre-submission lint findings
          </Text>
        </CardHeader>
        <CardBody>
          <DoraFindings groups={register.findingGroups} asOf={asOf} />
        </CardBody>
      </Card>
    </Flex>
  );
}

/** The register over time: the day it is shown as of, and the difference to another day. */
function RegisterOverTime({ days }: { days: RegisterDays }) {
  const api = useApi(continuityApiRef);
  const snapshots = useAsync(() => api.listDoraSnapshots(), [api]);
  const { asOf, compare } = days;
  const [from, to] = compare && compare < asOf ? [compare, asOf] : [asOf, compare];
  return (
    <Card>
      <CardHeader>
        <Text as="h2" variant="title-small">
          The register on another day
        </Text>
      </CardHeader>
      <CardBody>
        <Flex direction="column" gap="4">
          <RegisterDayPickers days={days} snapshots={snapshots.value} />
          {to && <RegisterDiff from={from} to={to} />}
        </Flex>
      </CardBody>
    </Card>
  );
}

export function ExportsPage() {
  const days = useRegisterDays();
  return (
    <Content>
      <Flex direction="column" gap="4">
        <Card>
          <CardHeader>
            <Text as="h2" variant="title-small">
              Registers and lists
            </Text>
            <Text variant="body-small" color="secondary" as="p">
              Every row, as CSV; formulas are neutralised for spreadsheets
            </Text>
          </CardHeader>
          <CardBody>
            <Flex direction="column" gap="3">
              <Flex gap="3" style={{ flexWrap: 'wrap' }}>
                {REGISTER_EXPORTS.map(item => (
                  <ContinuityCsvButton key={item.list} {...item} />
                ))}
              </Flex>
              <Text variant="body-small" color="secondary">
                Each vendor and plan also has a printable view with its provenance: the file it is
                kept in and that file's last change in git. Open it from the print icon in the
                Vendors and Plans tabs, or from the record's page.
              </Text>
            </Flex>
          </CardBody>
        </Card>
        <RegisterOverTime days={days} />
        <DoraRegister asOf={days.asOf === days.today ? undefined : days.asOf} />
      </Flex>
    </Content>
  );
}
