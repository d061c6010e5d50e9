import { DateTime } from 'luxon';
import { Document } from 'yaml';
import { READINESS_API_VERSION } from '@readiness/plugin-readiness-common';
import type {
  CustomerImpactBucket,
  PostmortemEntity,
  Severity,
} from '@readiness/plugin-readiness-common';
import { onCallAnswer } from '@readiness/plugin-oncall-common';
import type {
  OnCallApi,
  OncallIncidentItem,
  OncallLogEntry,
  OncallLogEntryParty,
} from '@readiness/plugin-oncall-common';
import type { z as zod } from 'zod/v3';
import { readTimestamp } from './calendar';

/**
 * A timestamp in UTC to the minute, as people read it: `2026-11-12 19:05 UTC`.
 */
function formatUtcMinute(timestamp: string): string {
  const date = DateTime.fromISO(timestamp, { zone: 'utc' });
  return date.isValid ? date.toFormat("yyyy-MM-dd HH:mm 'UTC'") : timestamp;
}

/**
 * A resolved incident as the on-call API lists it (`GET /api/oncall/incidents`), as a template's
 * form hands it over: the form checks only that it has an id, a title, a status and its
 * creation time, so the rest may be missing.
 *
 * @public
 */
export type OncallIncident = Pick<
  OncallIncidentItem,
  'id' | 'title' | 'createdAt'
> &
  Partial<Omit<OncallIncidentItem, 'id' | 'title' | 'createdAt' | 'status'>> & {
    status: string;
  };

/**
 * The fields of an incident that a template form hands over, as {@link oncallIncidentSchema}
 * checks them.
 *
 * @public
 */
export interface OncallIncidentFields {
  /** PagerDuty's incident id. */
  id: string;
  /** The incident's number in the PagerDuty account. */
  number?: number;
  /** The incident's title in PagerDuty. */
  title: string;
  /** `triggered`, `acknowledged` or `resolved`. */
  status: string;
  /** `high` or `low`. */
  urgency?: string;
  /** The PagerDuty service it was raised on. */
  serviceId?: string;
  /** The catalog entity of that service. */
  entityRef?: string;
  /** ISO-8601. */
  createdAt: string;
  /** ISO-8601. */
  acknowledgedAt?: string;
  /** ISO-8601. */
  resolvedAt?: string;
  /** The incident's page in PagerDuty. */
  htmlUrl?: string;
}

/**
 * The {@link OncallIncident} as a template form field's value and the draft action's input,
 * for the scaffolder's zod (the picker field and the action check the same shape).
 *
 * @public
 */
export const oncallIncidentSchema = (
  z: typeof zod,
): zod.ZodType<OncallIncidentFields> =>
  z.object({
    id: z.string(),
    number: z.number().optional(),
    title: z.string(),
    status: z.string(),
    urgency: z.string().optional(),
    serviceId: z.string().optional(),
    entityRef: z.string().optional(),
    createdAt: z.string(),
    acknowledgedAt: z.string().optional(),
    resolvedAt: z.string().optional(),
    htmlUrl: z.string().optional(),
  });

/** What a post-mortem draft needs besides the incident. @public */
export interface PostmortemDraftOptions {
  /** Catalog refs of the services the incident's PagerDuty service maps to: at least one. */
  services: string[];
  /** The owning squad's ref. */
  owner: string;
  customerImpact: CustomerImpactBucket;
  /** Else from the incident's urgency: high → high, low → medium. */
  severity?: Severity;
  /** Else the incident's title. */
  title?: string;
  summary?: string;
  /**
   * The incident's steps from its PagerDuty log entries
   * (`GET /api/oncall/incidents/:id/log-entries`), or why they could not be read:
   * then the timeline has only the incident's trigger, acknowledgement and
   * resolution times, and the body says so.
   */
  logEntries:
    | { available: true; entries: OncallLogEntry[] }
    | { available: false; reason: string };
}

/**
 * An incident's steps for its draft, from the on-call API
 * (`GET /api/oncall/incidents/:id/log-entries`), or why they could not be read: a draft is still
 * worth writing from the incident's times, so failures are answered, not thrown.
 *
 * @public
 */
export async function readIncidentLogEntries(
  client: Pick<OnCallApi, 'getIncidentLogEntries'>,
  incidentId: string,
): Promise<PostmortemDraftOptions['logEntries']> {
  const result = await onCallAnswer(client.getIncidentLogEntries(incidentId), {
    what: `the log entries of incident ${incidentId}`,
    path: `/incidents/${encodeURIComponent(incidentId)}/log-entries`,
  });
  return result.available
    ? { available: true, entries: result.value.items }
    : result;
}

/** Lowercase words joined by hyphens, at most `length` characters. */
function slug(text: string, length: number): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, length)
    .replace(/^-+|-+$/g, '');
}

/**
 * The record name of a post-mortem: the UTC day the incident was triggered and its title,
 * `2026-11-12-ach-1400-window-missed`, within the catalog's 63 characters.
 *
 * @public
 */
export function postmortemName(incident: OncallIncident, title?: string) {
  const day = readTimestamp(incident.createdAt)?.utcDate ?? 'undated';
  return `${day}-${slug(title ?? incident.title, 52)}`.replace(/-+$/, '');
}

function names(parties: OncallLogEntryParty[]): string {
  return parties.map(party => party.name ?? party.id).join(', ');
}

function by(party?: OncallLogEntryParty): string {
  return party ? ` by ${party.name ?? party.id}` : '';
}

function via(channel?: string): string {
  return channel ? ` (${channel})` : '';
}

/** A timeline line for one step of the incident, in words. */
function describeStep(
  entry: OncallLogEntry,
  label: string,
  title: string,
): string {
  switch (entry.type) {
    case 'triggered':
      return `${label} triggered${by(entry.agent)}: ${title}`;
    case 'notified':
      return `${names(entry.recipients)} notified${via(entry.channel)}`;
    case 'escalated':
      return entry.recipients.length
        ? `Escalated to ${names(entry.recipients)}`
        : 'Escalated';
    case 'acknowledged':
      return `${label} acknowledged${by(entry.agent)}`;
    case 'resolved':
    default:
      return `${label} resolved${by(entry.agent)}`;
  }
}

const SEVERITY_BY_URGENCY: Record<string, Severity> = {
  high: 'high',
  low: 'medium',
};

/**
 * A draft post-mortem pre-filled from a resolved PagerDuty incident: its timestamps (triggered
 * is when we detected it, and the start until the author moves it earlier), its severity, the
 * catalog services its PagerDuty service maps to, a timeline from its PagerDuty log entries
 * (trigger, notifications, escalations, acknowledgements, resolution; only the trigger,
 * acknowledgement and resolution times, with a note, when the log could not be read), and a
 * markdown body to write the review in.
 *
 * @public
 */
export function draftPostmortem(
  incident: OncallIncident,
  options: PostmortemDraftOptions,
): PostmortemEntity {
  if (!incident.resolvedAt) {
    throw new Error(`Incident ${incident.id} is not resolved yet`);
  }
  const title = options.title || incident.title;
  const label = incident.number
    ? `PagerDuty incident #${incident.number}`
    : `PagerDuty incident ${incident.id}`;
  const linked = incident.htmlUrl ? `[${label}](${incident.htmlUrl})` : label;
  const { logEntries } = options;
  const timeline =
    logEntries.available && logEntries.entries.length > 0
      ? logEntries.entries.map(entry => ({
          at: entry.at,
          event: describeStep(entry, label, incident.title),
        }))
      : [
          {
            at: incident.createdAt,
            event: `${label} triggered: ${incident.title}`,
          },
          ...(incident.acknowledgedAt
            ? [{ at: incident.acknowledgedAt, event: `${label} acknowledged` }]
            : []),
          { at: incident.resolvedAt, event: `${label} resolved` },
        ];
  const timelineNote = logEntries.available
    ? []
    : [
        `> The timeline has only the incident's trigger, acknowledgement and resolution times: its PagerDuty log entries could not be read (${logEntries.reason}). Add who was notified and the escalations from ${linked}.`,
        '',
      ];
  const details = [
    ...timelineNote,
    '## Detection',
    `${linked} was triggered at ${formatUtcMinute(incident.createdAt)}` +
      `${
        incident.acknowledgedAt
          ? ` and acknowledged at ${formatUtcMinute(incident.acknowledgedAt)}`
          : ''
      }. Say how we found out, and whether a positive alert would have fired sooner.`,
    '',
    '## Recovery',
    `Resolved at ${formatUtcMinute(
      incident.resolvedAt,
    )}. Say what restored service, and when customers stopped being affected.`,
    '',
  ].join('\n');

  return {
    apiVersion: READINESS_API_VERSION,
    kind: 'Postmortem',
    metadata: {
      name: postmortemName(incident, options.title),
      title,
    },
    spec: {
      reviewType: 'incident',
      status: 'draft',
      owner: options.owner,
      severity:
        options.severity ??
        SEVERITY_BY_URGENCY[incident.urgency ?? ''] ??
        'medium',
      customerImpact: options.customerImpact,
      incidents: [incident.id],
      startedAt: incident.createdAt,
      detectedAt: incident.createdAt,
      resolvedAt: incident.resolvedAt,
      services: options.services,
      summary: options.summary || `${title} (${label}).`,
      timeline,
      details,
    },
  };
}

/**
 * A draft post-mortem as a YAML file, with a header saying what is left to write.
 *
 * @public
 */
export function postmortemDraftYaml(draft: PostmortemEntity): string {
  const document = new Document(draft);
  document.commentBefore = [
    ' Draft post-mortem made with the "Start a post-mortem" template from a resolved PagerDuty',
    ' incident. Before publishing (within three days of resolution): move startedAt earlier if',
    ' the incident began before PagerDuty was triggered; add mitigatedAt, journeys, infrastructure,',
    ' taxonomy, rootCause, fiveWhys, wentWell, wentWrong, lucky, actions and participants; extend',
    ' the timeline; then set status: published and publishedAt.',
  ].join('\n');
  return document.toString({ lineWidth: 100, blockQuote: 'literal' });
}
