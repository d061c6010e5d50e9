import { Table } from '@backstage/core-components';
import { useApi } from '@backstage/frontend-plugin-api';
import { Card, CardBody, CardHeader, Flex, Text } from '@backstage/ui';
import {
  CRITERION_NAMES,
  DoraCriterionResult,
  DoraReportClock,
  DoraReportFormat,
  DoraStatus,
} from '@readiness/plugin-postmortems-common';
import {
  DownloadCsvButton,
  SHORT_TABLE_OPTIONS,
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
              <Table<DoraCriterionResult>
                columns={[
                  {
                    title: 'Criterion',
                    field: 'criterion',
                    render: result =>
                      capitalized(CRITERION_NAMES[result.criterion]),
                  },
                  {
                    title: 'Threshold met',
                    field: 'met',
                    render: result => (
                      <Text
                        variant="body-small"
                        color={result.met === true ? 'danger' : 'secondary'}
                        weight={result.met === true ? 'bold' : 'regular'}
                      >
                        {
                          MET_WORDS[
                            String(result.met) as keyof typeof MET_WORDS
                          ]
                        }
                      </Text>
                    ),
                  },
                  {
                    title: 'What was found',
                    field: 'reason',
                    cellStyle: { minWidth: 320 },
                  },
                  {
                    title: 'Source',
                    field: 'article',
                    cellStyle: { whiteSpace: 'nowrap' },
                  },
                ]}
                data={status.criteria.map(result => ({ ...result }))}
                options={SHORT_TABLE_OPTIONS}
              />
            </Flex>
          )}
          {status.clocks.length > 0 && (
            <Flex direction="column" gap="2">
              <TableHeading>
                Reporting clocks (Delegated Regulation (EU) 2025/301)
              </TableHeading>
              <Table<DoraReportClock>
                columns={[
                  {
                    title: 'Report',
                    field: 'report',
                    render: clock => DORA_REPORT_LABELS[clock.report],
                  },
                  {
                    title: 'Due (UTC)',
                    field: 'dueAt',
                    cellStyle: { whiteSpace: 'nowrap' },
                    render: clock => formatTimestamp(clock.dueAt),
                  },
                  {
                    title: 'Rule',
                    field: 'rule',
                    cellStyle: { minWidth: 260 },
                  },
                  {
                    title: 'Sent (UTC)',
                    field: 'sentAt',
                    cellStyle: { whiteSpace: 'nowrap' },
                    render: clock => formatTimestamp(clock.sentAt),
                  },
                  {
                    title: 'State',
                    field: 'state',
                    render: clock => (
                      <Text
                        variant="body-small"
                        weight="bold"
                        color={statusColor(clock.state)}
                      >
                        {DORA_REPORT_STATE_LABELS[clock.state]}
                      </Text>
                    ),
                  },
                ]}
                data={status.clocks.map(clock => ({ ...clock }))}
                options={SHORT_TABLE_OPTIONS}
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
