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
  DoraLintFinding,
  DoraMissingColumn,
  DoraRegisterSummary,
  DoraTableSummary,
} from '@readiness/plugin-continuity-common';
import { continuityApiRef } from '../../api/ContinuityApi';
import { ContinuityCsvButton } from '../shared/ContinuityCsvButton';
import { RefList } from '../shared/RefList';
import { REGISTER_EXPORTS } from '../shared/registerExports';
import { RegisterDays, RegisterDayPickers, useRegisterDays } from './RegisterDays';
import { RegisterDiff } from './RegisterDiff';

const DOCS = '/docs/default/component/readiness-portal/dora-register/';

/** Where a value is fixed: the records (entity refs) or the configuration, as written. */
function WhereToFix({ subjects, count }: { subjects: string[]; count?: number }) {
  const records = subjects.filter(subject => subject.includes(':'));
  const other = subjects.filter(subject => !subject.includes(':'));
  return (
    <Flex direction="column" gap="1">
      {records.length > 0 && <RefList refs={records} max={3} />}
      {other.map(subject => (
        <Text key={subject} variant="body-small">
          {subject.startsWith('readiness.') ? `app-config: ${subject}` : subject}
        </Text>
      ))}
      {count !== undefined && count > subjects.length && (
        <Text variant="body-x-small" color="secondary">
          ({count} records in all)
        </Text>
      )}
    </Flex>
  );
}

/** A cell whose title and description wrap instead of being cut off. */
function WrappingCell({ title, description }: { title: string; description?: string }) {
  return (
    <Cell>
      <Text variant="body-medium" as="div">
        {title}
      </Text>
      {description && (
        <Text variant="body-small" color="secondary" as="div">
          {description}
        </Text>
      )}
    </Cell>
  );
}

type TemplateRow = DoraTableSummary & { id: string; errors: number; warnings: number };

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

/** The findings of one rule in one column, with the rows and records they concern. */
type FindingGroup = {
  id: string;
  rule: string;
  severity: DoraLintFinding['severity'];
  where: string;
  template: string;
  rows: number[];
  message: string;
  similar: number;
  subjects: string[];
};

/** Findings grouped by rule, severity and column: the same finding in many rows reads once. */
function groupFindings(findings: readonly DoraLintFinding[]): FindingGroup[] {
  const groups = new Map<string, FindingGroup>();
  for (const finding of findings) {
    const where = finding.column ?? finding.template;
    const id = `${finding.rule} ${finding.severity} ${where}`;
    const group = groups.get(id);
    if (!group) {
      groups.set(id, {
        id,
        rule: finding.rule,
        severity: finding.severity,
        where,
        template: finding.template,
        rows: finding.row ? [finding.row] : [],
        message: finding.message,
        similar: 0,
        subjects: finding.subject ? [finding.subject] : [],
      });
      continue;
    }
    if (finding.row) group.rows.push(finding.row);
    group.similar += 1;
    if (finding.subject && !group.subjects.includes(finding.subject)) group.subjects.push(finding.subject);
  }
  return [...groups.values()];
}

const rowsText = (rows: number[]) =>
  rows.length === 0 ? 'the whole template' : `row${rows.length > 1 ? 's' : ''} ${rows.slice(0, 8).join(', ')}${rows.length > 8 ? ` … (${rows.length})` : ''}`;

const findingColumns: ColumnConfig<FindingGroup>[] = [
  {
    id: 'rule',
    label: 'Rule',
    isRowHeader: true,
    defaultWidth: '2fr',
    cell: row => (
      <Cell>
        <Text variant="body-small" weight="bold" color={row.severity === 'error' ? 'danger' : 'warning'} as="div">
          {row.rule}
        </Text>
        <Text variant="body-x-small" color="secondary" as="div">
          {row.severity}
        </Text>
      </Cell>
    ),
  },
  {
    id: 'where',
    label: 'Where',
    defaultWidth: '2fr',
    cell: row => <WrappingCell title={row.where} description={`${row.template}, ${rowsText(row.rows)}`} />,
  },
  {
    id: 'message',
    label: 'What is wrong',
    defaultWidth: '4fr',
    cell: row => (
      <WrappingCell
        title={row.message}
        description={row.similar > 0 ? `and ${row.similar} more like it` : undefined}
      />
    ),
  },
  {
    id: 'record',
    label: 'Records',
    defaultWidth: '2fr',
    cell: row => (
      <Cell>
        <WhereToFix subjects={row.subjects.slice(0, 3)} count={row.subjects.length} />
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
              fileName={status.fileName}
              label="Download report package (xBRL-CSV ZIP)"
              disabled={!status.submittable}
            />
            <Text variant="body-small" color="secondary" style={{ overflowWrap: 'anywhere' }}>
              {status.fileName}
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
  const templates: TemplateRow[] = register.tables.map(table => {
    const findings = register.findings.filter(finding => finding.template === table.code);
    const errors = findings.filter(finding => finding.severity === 'error').length;
    return { ...table, id: table.code, errors, warnings: findings.length - errors };
  });
  const missing: MissingRow[] = register.tables.flatMap(table =>
    table.missingByColumn.map(column => ({ ...column, id: column.column })),
  );
  // Missing values are listed above, column by column, with where to record them.
  const findings = groupFindings(
    register.findings.filter(finding => finding.rule !== 'DORA-MANDATORY'),
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
          {findings.length === 0 ? (
            <Text variant="body-medium">The linter finds nothing besides the missing values above.</Text>
          ) : (
            <Table columnConfig={findingColumns} data={findings} pagination={{ type: 'none' }} />
          )}
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
