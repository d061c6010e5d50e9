import { useApi } from '@backstage/frontend-plugin-api';
import {
  Card,
  CardBody,
  CardHeader,
  Cell,
  ColumnConfig,
  Flex,
  Text,
} from '@backstage/ui';
import {
  CRITERION_NAMES,
  DoraCriterionResult,
  DoraReportClock,
  DoraReportFormat,
  DoraStatus,
} from '@readiness/plugin-postmortems-common';
import {
  DownloadCsvButton,
  KeepDaysWhole,
  LocalTable,
  TableEmptyText,
  TableRow,
} from '@readiness/plugin-readiness-react';
import { postmortemsApiRef } from '../../api/PostmortemsApi';
import {
  DORA_CLASSIFICATION_LABELS,
  DORA_REPORT_LABELS,
  DORA_REPORT_STATE_LABELS,
  formatTimestamp,
} from '../shared/format';

const MET_WORDS = { true: 'Met', false: 'Not met', unknown: 'Not recorded' };

const capitalized = (text: string) => text[0].toUpperCase() + text.slice(1);

function TableHeading({ children }: { children: string }) {
  return (
    <Text as="h4" variant="body-medium" weight="bold">
      {children}
    </Text>
  );
}

function statusColor(state: DoraReportClock['state']) {
  if (state === 'late' || state === 'overdue') return 'danger' as const;
  return state === 'on-time' ? ('success' as const) : undefined;
}

/** The criteria in the regulation's order: none sorts. */
const criterionColumns: ColumnConfig<TableRow<DoraCriterionResult>>[] = [
  {
    id: 'criterion',
    label: 'Criterion',
    isRowHeader: true,
    minWidth: 180,
    defaultWidth: '1.5fr',
    cell: result => (
      <Cell>
        <Text as="div" variant="body-medium">
          {capitalized(CRITERION_NAMES[result.criterion])}
        </Text>
      </Cell>
    ),
  },
  {
    id: 'met',
    label: 'Threshold met',
    minWidth: 140,
    cell: result => (
      <Cell>
        <Text
          as="div"
          variant="body-medium"
          color={result.met === true ? 'danger' : 'secondary'}
          weight={result.met === true ? 'bold' : 'regular'}
        >
          {MET_WORDS[String(result.met) as keyof typeof MET_WORDS]}
        </Text>
      </Cell>
    ),
  },
  {
    id: 'reason',
    label: 'What was found',
    minWidth: 320,
    defaultWidth: '3fr',
    cell: result => (
      <Cell>
        <Text as="div" variant="body-medium">
          {result.reason}
        </Text>
      </Cell>
    ),
  },
  {
    id: 'article',
    label: 'Source',
    minWidth: 180,
    defaultWidth: '1.5fr',
    cell: result => (
      <Cell>
        <Text as="div" variant="body-medium">
          {result.article}
        </Text>
      </Cell>
    ),
  },
];

/** A time of a reporting clock, its day kept on one line. */
function ClockTime({ at }: { at?: string }) {
  return (
    <Text as="div" variant="body-medium">
      <KeepDaysWhole>{formatTimestamp(at)}</KeepDaysWhole>
    </Text>
  );
}

/** The reports in the order they are due: none sorts. */
const clockColumns: ColumnConfig<TableRow<DoraReportClock>>[] = [
  {
    id: 'report',
    label: 'Report',
    isRowHeader: true,
    minWidth: 170,
    cell: clock => (
      <Cell>
        <Text as="div" variant="body-medium">
          {DORA_REPORT_LABELS[clock.report]}
        </Text>
      </Cell>
    ),
  },
  {
    id: 'dueAt',
    label: 'Due (UTC)',
    minWidth: 150,
    cell: clock => (
      <Cell>
        <ClockTime at={clock.dueAt} />
      </Cell>
    ),
  },
  {
    id: 'rule',
    label: 'Rule',
    minWidth: 260,
    defaultWidth: '3fr',
    cell: clock => (
      <Cell>
        <Text as="div" variant="body-medium">
          {clock.rule}
        </Text>
      </Cell>
    ),
  },
  {
    id: 'sentAt',
    label: 'Sent (UTC)',
    minWidth: 150,
    cell: clock => (
      <Cell>
        <ClockTime at={clock.sentAt} />
      </Cell>
    ),
  },
  {
    id: 'state',
    label: 'State',
    minWidth: 160,
    cell: clock => (
      <Cell>
        <Text
          as="div"
          variant="body-medium"
          weight="bold"
          color={statusColor(clock.state)}
        >
          {DORA_REPORT_STATE_LABELS[clock.state]}
        </Text>
      </Cell>
    ),
  },
];

// Each criterion, and each report, is listed once.
const criterionRowId = (result: DoraCriterionResult) => result.criterion;
const clockRowId = (clock: DoraReportClock) => clock.report;

/** Downloads the draft of the incident's reports from the backend, which checks the permission. */
function ReportDraftDownloads(props: { namespace?: string; name: string }) {
  const api = useApi(postmortemsApiRef);
  return (
    <Flex gap="2" align="center">
      <Text variant="body-small" color="secondary">
        Draft of the report fields for the competent authority:
      </Text>
      {(['csv', 'json'] as DoraReportFormat[]).map(format => (
        <DownloadCsvButton
          key={format}
          label={format.toUpperCase()}
          ariaLabel={`Download the DORA report draft as ${format.toUpperCase()}`}
          fileName={`dora-report-${props.name}.${format}`}
          csv={() => api.exportDoraReport(props, format)}
        />
      ))}
    </Flex>
  );
}

/**
 * The post-mortem's DORA classification (Delegated Regulation (EU) 2024/1772) with the reason
 * for it, each criterion against its threshold and, for a major incident, its reporting clocks.
 */
export function DoraClassificationCard({
  status,
  postmortem,
}: {
  status: DoraStatus;
  postmortem: { namespace?: string; name: string };
}) {
  return (
    <Card aria-label="DORA classification">
      <CardHeader>
        <Flex direction="column" gap="1">
          <Text as="h3" variant="title-small">
            DORA classification:{' '}
            {DORA_CLASSIFICATION_LABELS[status.classification]}
          </Text>
          <Text
            variant="body-medium"
            color={status.classification === 'major' ? 'danger' : 'primary'}
          >
            {status.summary}
          </Text>
        </Flex>
      </CardHeader>
      <CardBody>
        <Flex direction="column" gap="4">
          {status.criteria.length > 0 && (
            <Flex direction="column" gap="2">
              <TableHeading>
                Criteria and thresholds (Delegated Regulation (EU) 2024/1772)
              </TableHeading>
              <LocalTable<DoraCriterionResult>
                columns={criterionColumns}
                rows={status.criteria}
                rowId={criterionRowId}
                emptyState={
                  <TableEmptyText>No criterion assessed.</TableEmptyText>
                }
              />
            </Flex>
          )}
          {status.clocks.length > 0 && (
            <Flex direction="column" gap="2">
              <TableHeading>
                Reporting clocks (Delegated Regulation (EU) 2025/301)
              </TableHeading>
              <LocalTable<DoraReportClock>
                columns={clockColumns}
                rows={status.clocks}
                rowId={clockRowId}
                emptyState={
                  <TableEmptyText>
                    No report due: only a major incident is reported.
                  </TableEmptyText>
                }
              />
            </Flex>
          )}
          {status.classification === 'major' && (
            <ReportDraftDownloads {...postmortem} />
          )}
        </Flex>
      </CardBody>
    </Card>
  );
}
