import { promises as fs } from 'fs';
import {
  CatalogEntity,
  DemoOrganisation,
  DemoPostmortem,
  demoOrganisationFromEntities,
} from './catalog';
import { OnCallPlan } from './demoAccount';

/**
 * The `format` of a sandbox account file; bumped when its shape changes.
 *
 * @public
 */
export const SANDBOX_ACCOUNT_FORMAT =
  'readiness.dev/pagerduty-sandbox-account/v1';

/**
 * A post-mortem of the demo organisation as an account file stores it: dates as ISO strings.
 *
 * @public
 */
export type SerialisedPostmortem = Omit<
  DemoPostmortem,
  'detectedAt' | 'mitigatedAt' | 'resolvedAt' | 'timeline'
> & {
  detectedAt: string;
  mitigatedAt?: string;
  resolvedAt: string;
  timeline: Array<{ at: string; event: string }>;
};

/**
 * A PagerDuty account to load instead of the demo organisation's, as JSON: the
 * organisation it mirrors (what the sandbox would read from a catalog) and who
 * is on call how. The sandbox builds the account from it as it does for the
 * demo, so incident history, log entries and change events come out the same
 * way for the same seed and clock.
 *
 * @public
 */
export interface SandboxAccount {
  format: typeof SANDBOX_ACCOUNT_FORMAT;
  organisation: Omit<DemoOrganisation, 'postmortems'> & {
    postmortems: SerialisedPostmortem[];
  };
  onCall: OnCallPlan;
}

/**
 * The account file of an organisation's catalog entities: squads (Groups of
 * type team) with their leads, Users, Components with PagerDuty annotations,
 * paging Alerts and Postmortems, read as for the demo organisation.
 *
 * @public
 */
export function sandboxAccountFromEntities(
  entities: CatalogEntity[],
  onCall: OnCallPlan,
): SandboxAccount {
  const organisation = demoOrganisationFromEntities(entities);
  return {
    format: SANDBOX_ACCOUNT_FORMAT,
    organisation: {
      ...organisation,
      postmortems: organisation.postmortems.map(postmortem => ({
        ...postmortem,
        detectedAt: postmortem.detectedAt.toISOString(),
        mitigatedAt: postmortem.mitigatedAt?.toISOString(),
        resolvedAt: postmortem.resolvedAt.toISOString(),
        timeline: postmortem.timeline.map(({ at, event }) => ({
          at: at.toISOString(),
          event,
        })),
      })),
    },
    onCall,
  };
}

function fail(source: string, field: string, message: string): never {
  throw new Error(`${source}: ${field} ${message}`);
}

function list(source: string, field: string, value: unknown): unknown[] {
  return Array.isArray(value) ? value : fail(source, field, 'must be a list');
}

function time(source: string, field: string, value: unknown): Date {
  const parsed = new Date(String(value));
  return Number.isNaN(parsed.getTime())
    ? fail(source, field, `must be an ISO date-time (got ${value})`)
    : parsed;
}

/**
 * Reads a sandbox account from its JSON, checking what the build relies on:
 * the format, the lists, every squad's on-call setup and the post-mortem times.
 *
 * @param source - where the JSON comes from, named in errors
 */
export function parseSandboxAccount(
  json: string,
  source: string,
): { organisation: DemoOrganisation; onCall: OnCallPlan } {
  let value: any;
  try {
    value = JSON.parse(json);
  } catch (error) {
    return fail(
      source,
      'the file',
      `is not JSON (${(error as Error).message})`,
    );
  }
  if (value?.format !== SANDBOX_ACCOUNT_FORMAT) {
    fail(
      source,
      'format',
      `must be ${SANDBOX_ACCOUNT_FORMAT} (got ${value?.format})`,
    );
  }
  const org = value.organisation ?? {};
  for (const field of ['squads', 'users', 'services', 'alerts']) {
    list(source, `organisation.${field}`, org[field]);
  }
  const setups = list(source, 'onCall.squads', value.onCall?.squads);
  list(
    source,
    'onCall.usersWithoutPagerDuty',
    value.onCall?.usersWithoutPagerDuty,
  );
  const planned = new Set(setups.map((setup: any) => setup?.squad));
  org.squads.forEach((squad: any, index: number) => {
    if (!planned.has(squad?.name)) {
      fail(
        source,
        `organisation.squads[${index}]`,
        `(${squad?.name}) has no setup in onCall.squads`,
      );
    }
  });
  const postmortems = list(
    source,
    'organisation.postmortems',
    org.postmortems,
  ).map((postmortem: any, index: number): DemoPostmortem => {
    const field = (name: string) =>
      `organisation.postmortems[${index}].${name}`;
    return {
      ...postmortem,
      incidentIds: list(source, field('incidentIds'), postmortem.incidentIds),
      detectedAt: time(source, field('detectedAt'), postmortem.detectedAt),
      mitigatedAt: postmortem.mitigatedAt
        ? time(source, field('mitigatedAt'), postmortem.mitigatedAt)
        : undefined,
      resolvedAt: time(source, field('resolvedAt'), postmortem.resolvedAt),
      timeline: list(source, field('timeline'), postmortem.timeline).map(
        (item: any, itemIndex: number) => ({
          at: time(source, field(`timeline[${itemIndex}].at`), item?.at),
          event: String(item?.event),
        }),
      ),
    };
  });
  return {
    organisation: { ...org, postmortems },
    onCall: value.onCall,
  };
}

/** Reads a sandbox account file written by the scale profile generator. */
export async function readSandboxAccount(
  file: string,
): Promise<{ organisation: DemoOrganisation; onCall: OnCallPlan }> {
  return parseSandboxAccount(await fs.readFile(file, 'utf8'), file);
}
