import {
  approximateDurationSeconds,
  parseIsoDuration,
  type PostmortemEntity,
} from '@readiness/plugin-readiness-common';
import { minutesBetween } from '../timings';
import THRESHOLDS from './doraThresholds.json';

/**
 * Where a post-mortem stands under DORA: `major` (reportable), `not-major`, `insufficient-data`
 * when the facts recorded cannot decide, `not-assessed` when none are recorded.
 *
 * @public
 */
export const DORA_CLASSIFICATIONS = [
  'major',
  'not-major',
  'insufficient-data',
  'not-assessed',
] as const;

/** One of {@link DORA_CLASSIFICATIONS}. @public */
export type DoraClassification = (typeof DORA_CLASSIFICATIONS)[number];

/**
 * The criteria of Delegated Regulation (EU) 2024/1772 art. 9(1) to (6) that count towards the
 * "two or more" of art. 8(1)(b).
 *
 * @public
 */
export type DoraCriterion =
  | 'clients'
  | 'reputation'
  | 'duration'
  | 'geography'
  | 'dataLosses'
  | 'economic';

/** One criterion judged against its threshold, in words. @public */
export interface DoraCriterionResult {
  criterion: DoraCriterion;
  /** `unknown` when none of its facts is recorded. */
  met: boolean | 'unknown';
  /** What was found, like "12% of clients affected (threshold: more than 10%)". */
  reason: string;
  /** Where the threshold is written, like "2024/1772 art. 9(1)". */
  article: string;
}

/** The classification of one post-mortem with its reasons. @public */
export interface DoraAssessment {
  classification: DoraClassification;
  /** The outcome in one sentence, like "Major: critical services affected and …". */
  summary: string;
  criteria: DoraCriterionResult[];
}

/** The criteria in words, for tables and reasons. @public */
export const CRITERION_NAMES: Record<DoraCriterion, string> = {
  clients: 'clients, financial counterparts and transactions',
  reputation: 'reputational impact',
  duration: 'duration and service downtime',
  geography: 'geographical spread',
  dataLosses: 'data losses',
  economic: 'economic impact',
};

/** The thresholds the classifier applies, with the articles they come from. @public */
export const DORA_THRESHOLDS = THRESHOLDS;

/** The fields of a post-mortem its classification reads. @public */
export type DoraClassifiedSpec = Pick<
  PostmortemEntity['spec'],
  'reviewType' | 'startedAt' | 'resolvedAt' | 'dora'
>;
type Facts = NonNullable<PostmortemEntity['spec']['dora']>;
type Finding = Omit<DoraCriterionResult, 'criterion' | 'article'>;

const number = (value: number) => value.toLocaleString('en-US');

/** Minutes in words: "3 h 20 min", "45 min", "2 d 1 h". */
function formatHours(minutes: number): string {
  const days = Math.floor(minutes / 1440);
  const hours = Math.floor((minutes % 1440) / 60);
  const rest = Math.round(minutes % 60);
  const parts = [
    days ? `${days} d` : '',
    hours ? `${hours} h` : '',
    rest || (!days && !hours) ? `${rest} min` : '',
  ];
  return parts.filter(Boolean).join(' ');
}

/**
 * Each fact judged against its threshold ("higher than" in the regulation: equal is not met).
 * A criterion is met when any of its facts is above; not met when at least one is recorded and
 * none is above; unknown when none is recorded.
 */
function judge(
  facts: Array<{ value: number | undefined; above: number; words: string }>,
): Finding {
  const recorded = facts.filter(fact => fact.value !== undefined);
  if (recorded.length === 0) {
    return { met: 'unknown', reason: 'not recorded' };
  }
  const met = recorded.filter(fact => fact.value! > fact.above);
  return {
    met: met.length > 0,
    reason: (met.length ? met : recorded).map(fact => fact.words).join('; '),
  };
}

function clients(facts: Facts): Finding {
  const { clients: limits } = THRESHOLDS;
  const share = (value: number | undefined, above: number, what: string) => ({
    value,
    above,
    words: `${value}% of ${what} (threshold: more than ${above}%)`,
  });
  const finding = judge([
    share(
      facts.clientsAffectedPercent,
      limits.clientsPercentAbove,
      'clients affected',
    ),
    {
      value: facts.clientsAffected,
      above: limits.clientsAbove,
      words: `${number(
        facts.clientsAffected ?? 0,
      )} clients affected (threshold: more than ${number(
        limits.clientsAbove,
      )})`,
    },
    share(
      facts.counterpartsAffectedPercent,
      limits.counterpartsPercentAbove,
      'financial counterparts affected',
    ),
    share(
      facts.transactionsAffectedPercent,
      limits.transactionsPercentAbove,
      'the daily average number of transactions affected',
    ),
    share(
      facts.transactionsValuePercent,
      limits.transactionsValuePercentAbove,
      'the daily average value of transactions affected',
    ),
  ]);
  if (facts.relevantClientsAffected) {
    return {
      met: true,
      reason: 'clients or counterparts identified as relevant affected',
    };
  }
  return finding;
}

function duration(spec: DoraClassifiedSpec, facts: Facts): Finding {
  const { duration: limits } = THRESHOLDS;
  const lasted = minutesBetween(spec.startedAt, spec.resolvedAt);
  const downtime = facts.serviceDowntime
    ? parseIsoDuration(facts.serviceDowntime)
    : undefined;
  const downtimeMinutes = downtime
    ? approximateDurationSeconds(downtime) / 60
    : undefined;
  return judge([
    {
      value: lasted,
      above: limits.durationHoursAbove * 60,
      words: `lasted ${formatHours(lasted ?? 0)} (threshold: more than ${
        limits.durationHoursAbove
      } h)`,
    },
    {
      value: downtimeMinutes,
      above: limits.downtimeHoursAbove * 60,
      words: `service down ${formatHours(
        downtimeMinutes ?? 0,
      )} (threshold: more than ${limits.downtimeHoursAbove} h)`,
    },
  ]);
}

function listed(
  values: string[] | undefined,
  words: (values: string[]) => string,
  none: string,
): Finding {
  if (values === undefined) return { met: 'unknown', reason: 'not recorded' };
  return values.length
    ? { met: true, reason: words(values) }
    : { met: false, reason: none };
}

function geography(facts: Facts): Finding {
  const atLeast = THRESHOLDS.geography.memberStatesAtLeast;
  const states = facts.memberStates;
  if (states === undefined) return { met: 'unknown', reason: 'not recorded' };
  return {
    met: states.length >= atLeast,
    reason: `${states.length} member state${
      states.length === 1 ? '' : 's'
    } affected${
      states.length ? ` (${states.join(', ')})` : ''
    } (threshold: ${atLeast} or more)`,
  };
}

function economic(facts: Facts): Finding {
  const { amountAbove, currency } = THRESHOLDS.economic;
  const impact = facts.economicImpact;
  if (!impact) return { met: 'unknown', reason: 'not recorded' };
  const words = `${impact.currency} ${number(impact.amount)} costs and losses`;
  if (impact.currency !== currency) {
    return {
      met: 'unknown',
      reason: `${words} cannot be compared with the threshold in ${currency}: record them in ${currency}`,
    };
  }
  return judge([
    {
      value: impact.amount,
      above: amountAbove,
      words: `${words} (threshold: more than ${currency} ${number(
        amountAbove,
      )})`,
    },
  ]);
}

const REPUTATION_WORDS: Record<string, string> = {
  media: 'reported in the media',
  complaints: 'repeated complaints',
  'regulatory-requirements': 'regulatory requirements not met',
  'client-loss': 'clients or counterparts likely lost',
};

function assessCriteria(
  spec: DoraClassifiedSpec,
  facts: Facts,
): DoraCriterionResult[] {
  const findings: Record<DoraCriterion, Finding> = {
    clients: clients(facts),
    reputation: listed(
      facts.reputationalImpact,
      values =>
        `reputational impact: ${values
          .map(value => REPUTATION_WORDS[value] ?? value)
          .join(', ')}`,
      'no reputational impact',
    ),
    duration: duration(spec, facts),
    geography: geography(facts),
    dataLosses: listed(
      facts.dataLosses,
      values => `data losses: ${values.join(', ')}`,
      'no data losses',
    ),
    economic: economic(facts),
  };
  const articles: Record<DoraCriterion, string> = {
    clients: THRESHOLDS.clients.article,
    reputation: THRESHOLDS.reputation.article,
    duration: THRESHOLDS.duration.article,
    geography: THRESHOLDS.geography.article,
    dataLosses: THRESHOLDS.dataLosses.article,
    economic: THRESHOLDS.economic.article,
  };
  return (Object.keys(findings) as DoraCriterion[]).map(criterion => ({
    criterion,
    article: articles[criterion],
    ...findings[criterion],
  }));
}

/**
 * Classifies an incident under DORA from the facts its post-mortem records, applying
 * Delegated Regulation (EU) 2024/1772 art. 8(1) with the thresholds of art. 9 (see
 * `doraThresholds.json`): major when critical services were affected and either a malicious
 * unauthorised access may result in data losses, or two or more other thresholds are met.
 * Success reviews and post-mortems without DORA facts are `not-assessed`.
 *
 * @public
 */
export function classifyIncident(spec: DoraClassifiedSpec): DoraAssessment {
  const facts = spec.dora;
  if (spec.reviewType !== 'incident' || !facts) {
    return {
      classification: 'not-assessed',
      summary: 'Not assessed: no DORA facts recorded.',
      criteria: [],
    };
  }
  const criteria = assessCriteria(spec, facts);
  const met = criteria.filter(result => result.met === true);
  const unknown = criteria.filter(result => result.met === 'unknown');
  const needed = THRESHOLDS.major.otherThresholdsNeeded;
  const metWords = met.map(result => result.reason).join('; ');
  if (facts.criticalServicesAffected === false) {
    return {
      classification: 'not-major',
      summary: 'Not major: no critical services affected.',
      criteria,
    };
  }
  const critical = facts.criticalServicesAffected === true;
  if (critical && facts.maliciousAccess) {
    return {
      classification: 'major',
      summary:
        'Major: critical services affected and a successful, malicious and unauthorised access that may result in data losses.',
      criteria,
    };
  }
  if (critical && met.length >= needed) {
    return {
      classification: 'major',
      summary: `Major: critical services affected and ${metWords}.`,
      criteria,
    };
  }
  const couldBeMajor = met.length + unknown.length >= needed;
  if (critical && facts.maliciousAccess === false && !couldBeMajor) {
    return {
      classification: 'not-major',
      summary: `Not major: critical services affected but ${
        met.length === 0 ? 'no threshold' : `only one threshold (${metWords})`
      } met of the ${needed} needed.`,
      criteria,
    };
  }
  const missing = [
    critical ? '' : 'whether critical services were affected',
    facts.maliciousAccess === undefined
      ? 'whether there was a malicious access'
      : '',
    couldBeMajor && met.length < needed
      ? unknown.map(result => CRITERION_NAMES[result.criterion]).join(', ')
      : '',
  ].filter(Boolean);
  return {
    classification: 'insufficient-data',
    summary: `Not enough data: record ${missing.join('; ')}.`,
    criteria,
  };
}
