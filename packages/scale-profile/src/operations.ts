import type { Entity } from '@backstage/catalog-model';
import {
  BACKSTAGE_API_VERSION,
  GeneratorContext,
  READINESS_API_VERSION,
  addDays,
  entity,
  isoDay,
  pad,
} from './context';
import {
  ComponentPlan,
  OrganisationPlan,
  SquadPlan,
  procedureTypeOf,
} from './organisation';
import { perSquad } from './profiles';
import { JOB_SIGNALS, SERVICE_SIGNALS } from './vocabulary';

const TIME_ZONE = 'America/New_York';
const SEVERITY_BY_CRITICALITY = {
  critical: ['critical', 'critical', 'high', 'medium'],
  high: ['high', 'high', 'medium', 'low'],
  medium: ['medium', 'medium', 'low'],
  low: ['low', 'low', 'medium'],
} as const;

/** Services and jobs, with their PagerDuty annotations and job schedules. */
export function* componentEntities(
  context: GeneratorContext,
  plan: OrganisationPlan,
  vendors: string[],
): Generator<Entity> {
  const { random } = context;
  for (const squad of plan.squads) {
    for (const component of squad.components) {
      const annotations: Record<string, string> = {
        'readiness.dev/criticality': component.criticality,
      };
      if (component.pagerDuty) {
        annotations['pagerduty.com/service-id'] = component.pagerDuty.serviceId;
        annotations['pagerduty.com/integration-key'] =
          component.pagerDuty.integrationKey;
      }
      if (component.type === 'job') {
        const { schedule, cutoff } = jobTimes(component);
        annotations['readiness.dev/schedule'] = schedule;
        annotations['readiness.dev/cutoff'] = cutoff;
        annotations['readiness.dev/timezone'] = TIME_ZONE;
        annotations['readiness.dev/direction'] = random.pick([
          'outbound',
          'inbound',
          'internal',
        ]);
      }
      const dependsOn = [`resource:${squad.resource}`];
      if (random.chance(0.3)) dependsOn.push(`vendor:${random.pick(vendors)}`);
      yield entity(
        BACKSTAGE_API_VERSION,
        'Component',
        {
          name: component.name,
          description: `${
            component.type === 'job' ? 'Batch job' : 'Service'
          } of the ${squad.title}.`,
          annotations,
          tags: [component.type === 'job' ? 'batch' : 'kotlin'],
        },
        {
          type: component.type,
          lifecycle: 'production',
          owner: `group:${squad.name}`,
          system: component.system,
          dependsOn,
        },
      );
    }
  }
}

/** A job's start (cron) and cutoff: a stable function of its name, so alerts agree with it. */
function jobTimes(component: ComponentPlan): {
  schedule: string;
  cutoff: string;
} {
  const number = Number(
    component.name.slice(component.name.lastIndexOf('-') + 1),
  );
  const hour = 1 + (number % 21);
  const minute = (number * 7) % 60;
  return {
    schedule: `${minute} ${hour} * * 1-5`,
    cutoff: `${pad(hour + 1, 2)}:${pad(minute, 2)}`,
  };
}

function procedureSpec(
  context: GeneratorContext,
  squad: SquadPlan,
  component: ComponentPlan,
  type: ReturnType<typeof procedureTypeOf>,
) {
  const { random, referenceDate } = context;
  const common = {
    type,
    owner: `group:${squad.name}`,
    appliesTo: [`component:${component.name}`],
    lastReviewed: isoDay(addDays(referenceDate, -random.int(1, 270))),
    reviewInterval: random.pick(['P6M', 'P12M']),
  };
  if (type === 'script-template') {
    return {
      ...common,
      body: `Lists what ${component.name} did on a business date.`,
      language: 'sql',
      parameters: [
        {
          name: 'businessDate',
          title: 'Business date',
          type: 'date',
          default: 'today',
          required: true,
        },
        {
          name: 'status',
          title: 'Status',
          type: 'enum',
          allowed: ['FAILED', 'PENDING', 'DONE'],
          required: false,
        },
      ],
      script: `SELECT id, status, updated_at FROM work_items\nWHERE business_date = '{{businessDate}}' AND status = '{{status}}';\n`,
    };
  }
  return {
    ...common,
    body: `What to do when ${component.name} misbehaves.`,
    steps: [
      `Open the ${component.name} dashboard and note when the problem started.`,
      'Check the last deploy and roll it back if it lines up.',
      `Tell #${squad.name} what you found and what you did.`,
    ],
  };
}

/** One procedure per component: SOPs mostly, one script template per squad. */
export function* procedureEntities(
  context: GeneratorContext,
  plan: OrganisationPlan,
): Generator<Entity> {
  const { proceduresPerComponent } = perSquad(context.profile);
  if (proceduresPerComponent !== 1) {
    throw new Error('The generator writes exactly one procedure per component');
  }
  for (const squad of plan.squads) {
    for (const [position, component] of squad.components.entries()) {
      const type = procedureTypeOf(position);
      yield entity(
        READINESS_API_VERSION,
        'Procedure',
        {
          name: component.procedure,
          title: `${component.name} ${type.replace('-', ' ')}`,
        },
        procedureSpec(context, squad, component, type),
      );
    }
  }
}

/**
 * The alerts of every component: metric, log and synthetic alerts on services,
 * positive job alerts with schedule and cutoff on jobs. The severe ones of
 * services with a PagerDuty service page it.
 */
export function* alertEntities(
  context: GeneratorContext,
  plan: OrganisationPlan,
): Generator<Entity> {
  const { random, profile } = context;
  const { alertsPerComponent } = perSquad(profile);
  for (const squad of plan.squads) {
    for (const component of squad.components) {
      const isJob = component.type === 'job';
      const signals = random
        .shuffle(isJob ? JOB_SIGNALS : SERVICE_SIGNALS)
        .slice(0, alertsPerComponent);
      if (signals.length < alertsPerComponent) {
        throw new Error(`At most ${signals.length} alerts per component`);
      }
      for (const signal of signals) {
        const severity = random.pick(
          SEVERITY_BY_CRITICALITY[component.criticality],
        );
        const paging =
          Boolean(component.pagerDuty) &&
          (severity === 'critical' || severity === 'high');
        const scripts =
          squad.scriptTemplate && squad.scriptTemplate !== component.procedure
            ? [`procedure:${squad.scriptTemplate}`]
            : undefined;
        yield entity(
          READINESS_API_VERSION,
          'Alert',
          {
            name: `${component.name}-${signal.suffix}`,
            title: `${component.name}: ${signal.title}`,
          },
          {
            type: isJob ? 'positive' : 'negative',
            source: 'source' in signal ? signal.source : 'job',
            severity,
            paging,
            owner: `group:${squad.name}`,
            monitors: `component:${component.name}`,
            ...(isJob ? { ...jobTimes(component), timezone: TIME_ZONE } : {}),
            condition: `${component.name}: ${signal.title}.`,
            errorCodes: random.chance(0.3)
              ? [
                  {
                    code: `${squad.domain.slug.toUpperCase()}-${random.int(
                      100,
                      999,
                    )}`,
                    class: random.pick(['business', 'application', 'system']),
                  },
                ]
              : undefined,
            procedure: `procedure:${component.procedure}`,
            scripts,
            pagerduty: paging
              ? { serviceId: component.pagerDuty!.serviceId }
              : undefined,
          },
        );
      }
    }
  }
}
