import {
  DORA_THRESHOLDS,
  DoraReportDraft,
  DoraReportField,
  doraStatus,
  minutesBetween,
} from '@readiness/plugin-postmortems-common';
import { CsvColumn, toCsv } from '@readiness/plugin-readiness-api-common';
import {
  isOpenAction,
  normalizeEntityRef,
  PostmortemEntity,
} from '@readiness/plugin-readiness-common';

type Value = DoraReportField['value'];

const list = (values: string[] | undefined) =>
  values === undefined ? undefined : values.join(' ') || 'none';

/**
 * The fields of a major incident's DORA reports, drafted from its post-mortem: the general
 * details of the initial notification, the impact of the intermediate report, the root cause
 * and remediation of the final report (after the templates of Implementing Regulation (EU)
 * 2025/302). Refs name the services; the person filing adds the entity's own identifiers.
 */
export function draftDoraReport(
  postmortem: PostmortemEntity,
  nowMs: number,
): DoraReportDraft {
  const { spec, metadata } = postmortem;
  const facts = spec.dora ?? {};
  const status = doraStatus(spec, nowMs);
  const sections: Record<DoraReportField['section'], Array<[string, Value]>> = {
    initial: [
      ['Incident reference', metadata.name],
      ['Date and time of detection', spec.detectedAt],
      ['Date and time of classification', facts.classifiedAt],
      ['Date and time the incident occurred', spec.startedAt],
      ['Description of the incident', spec.summary],
      [
        'Classification criteria met',
        status.criteria
          .filter(result => result.met === true)
          .map(result => result.reason)
          .join('; '),
      ],
      ['Critical services affected', facts.criticalServicesAffected],
      [
        'Services affected',
        spec.services
          .map(ref => normalizeEntityRef(ref, 'component'))
          .join(' '),
      ],
      ['Member states affected', list(facts.memberStates)],
    ],
    intermediate: [
      ['Number of clients affected', facts.clientsAffected],
      ['Clients affected (%)', facts.clientsAffectedPercent],
      [
        'Financial counterparts affected (%)',
        facts.counterpartsAffectedPercent,
      ],
      [
        'Relevant clients or counterparts affected',
        facts.relevantClientsAffected,
      ],
      ['Number of transactions affected', facts.transactionsAffected],
      [
        'Transactions affected (% of daily average number)',
        facts.transactionsAffectedPercent,
      ],
      [
        'Transactions affected (% of daily average value)',
        facts.transactionsValuePercent,
      ],
      ['Duration (minutes)', minutesBetween(spec.startedAt, spec.resolvedAt)],
      ['Service downtime', facts.serviceDowntime],
      ['Data losses', list(facts.dataLosses)],
      ['Reputational impact', list(facts.reputationalImpact)],
      ['Malicious unauthorised access', facts.maliciousAccess],
      ['Date and time the incident was resolved', spec.resolvedAt],
    ],
    final: [
      ['Root cause', spec.rootCause],
      ['Economic impact (amount)', facts.economicImpact?.amount],
      ['Economic impact (currency)', facts.economicImpact?.currency],
      [
        'Remediation actions',
        (spec.actions ?? [])
          .map(
            action =>
              `${action.title} (${
                isOpenAction(action) ? `due ${action.due}` : action.status
              })`,
          )
          .join('; ') || undefined,
      ],
    ],
  };
  const fields = (
    Object.keys(sections) as DoraReportField['section'][]
  ).flatMap(section =>
    sections[section].map(([field, value]) => ({ section, field, value })),
  );
  return {
    postmortem: normalizeEntityRef(
      `postmortem:${metadata.namespace ?? 'default'}/${metadata.name}`,
    ),
    title: metadata.title ?? metadata.name,
    classification: status.classification,
    summary: status.summary,
    clocks: status.clocks,
    fields,
    source: DORA_THRESHOLDS.source,
  };
}

const draftCsvColumns: CsvColumn<DoraReportField>[] = [
  { header: 'Report', value: field => field.section },
  { header: 'Field', value: field => field.field },
  { header: 'Value', value: field => field.value },
];

/** The draft as a spreadsheet, one field a row, the reports' clocks after them. */
export function doraReportCsv(draft: DoraReportDraft): string {
  return toCsv(
    [
      ...draft.fields,
      ...draft.clocks.flatMap(clock => [
        { section: clock.report, field: 'Due', value: clock.dueAt },
        { section: clock.report, field: 'Sent', value: clock.sentAt },
        { section: clock.report, field: 'State', value: clock.state },
      ]),
    ],
    draftCsvColumns,
  );
}
