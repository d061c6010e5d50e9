import type { Entity } from '@backstage/catalog-model';
import {
  BACKSTAGE_API_VERSION,
  GeneratorContext,
  entity,
  pad,
  titleCase,
} from './context';
import { perSquad } from './profiles';
import {
  DOMAINS,
  FIRST_NAMES,
  JOB_NOUNS,
  LAST_NAMES,
  SERVICE_NOUNS,
  SYSTEM_NOUNS,
} from './vocabulary';

/** The root group of the generated organisation. */
export const ROOT_GROUP = 'scale-organisation';

export interface DomainPlan {
  name: string;
  slug: string;
  title: string;
  systems: string[];
}

export interface ComponentPlan {
  name: string;
  type: 'service' | 'job';
  criticality: 'critical' | 'high' | 'medium' | 'low';
  system: string;
  /** Set on the services the squad's PagerDuty rota answers for. */
  pagerDuty?: { serviceId: string; integrationKey: string };
  procedure: string;
}

export interface SquadPlan {
  name: string;
  title: string;
  domain: DomainPlan;
  lead: string;
  members: string[];
  resource: string;
  components: ComponentPlan[];
  /** The squad's script template, which its alerts offer. */
  scriptTemplate?: string;
  onCall?: { paired: boolean; levels: number };
}

/** The skeleton every record hangs off: domains, systems, squads, people and components. */
export interface OrganisationPlan {
  domains: DomainPlan[];
  squads: SquadPlan[];
  users: string[];
}

const CRITICALITIES = [
  'critical',
  'high',
  'high',
  'medium',
  'medium',
  'low',
] as const;

/** The procedure types of a squad's components in turn: half SOPs, one script template per squad. */
export const PROCEDURE_TYPE_CYCLE = [
  'sop',
  'script-template',
  'sop',
  'runbook',
  'sop',
  'owners-manual',
  'sop',
  'checklist',
  'sop',
  'runbook',
] as const;

const PROCEDURE_SUFFIX: Record<(typeof PROCEDURE_TYPE_CYCLE)[number], string> =
  {
    sop: 'sop',
    'script-template': 'script',
    runbook: 'runbook',
    'owners-manual': 'manual',
    checklist: 'checklist',
  };

export function procedureTypeOf(index: number) {
  return PROCEDURE_TYPE_CYCLE[index % PROCEDURE_TYPE_CYCLE.length];
}

/**
 * Plans the organisation: squads spread evenly over the domains, each with
 * its people (the first is the lead), a database, and its services and jobs;
 * a seeded choice of squads is on call, half of them with paired rotas.
 */
export function planOrganisation(context: GeneratorContext): OrganisationPlan {
  const { profile, random, ids } = context;
  const shape = perSquad(profile);
  const domains = DOMAINS.slice(0, profile.domains).map(domain => ({
    name: `${domain.slug}-domain`,
    slug: domain.slug,
    title: domain.title,
    systems: SYSTEM_NOUNS.map(noun => `${domain.slug}-${noun}`),
  }));
  if (domains.length < profile.domains) {
    throw new Error(`At most ${DOMAINS.length} domains can be generated`);
  }

  const onCallIndexes = new Set(
    random
      .shuffle([...Array(profile.squads).keys()])
      .slice(0, profile.pagerDuty.squads),
  );
  const pairedIndexes = new Set(
    random
      .shuffle([...onCallIndexes].sort((a, b) => a - b))
      .slice(0, shape.pairedRotas),
  );

  const users: string[] = [];
  let componentNumber = 0;
  const squads = [...Array(profile.squads).keys()].map((index): SquadPlan => {
    const domain = domains[Math.floor(index / shape.squadsPerDomain)];
    const squadNumber = pad((index % shape.squadsPerDomain) + 1, 2);
    const name = `${domain.slug}-squad-${squadNumber}`;
    const members = [...Array(profile.usersPerSquad).keys()].map(() => {
      const userNumber = users.length + 1;
      const user = `${random.pick(FIRST_NAMES)}.${random.pick(
        LAST_NAMES,
      )}.${pad(userNumber, 4)}`;
      users.push(user);
      return user;
    });
    const onCall = onCallIndexes.has(index);
    const paired = pairedIndexes.has(index);
    const components = [...Array(shape.components).keys()].map(
      (position): ComponentPlan => {
        componentNumber += 1;
        const isJob = position >= shape.services;
        const noun = isJob
          ? random.pick(JOB_NOUNS)
          : random.pick(SERVICE_NOUNS);
        const componentName = `${domain.slug}-${noun}-${pad(
          componentNumber,
          4,
        )}`;
        return {
          name: componentName,
          type: isJob ? 'job' : 'service',
          criticality: random.pick(CRITICALITIES),
          system: random.pick(domain.systems),
          pagerDuty:
            onCall && position < shape.pagedServices
              ? { serviceId: ids.object(), integrationKey: ids.hexKey() }
              : undefined,
          procedure: `${componentName}-${
            PROCEDURE_SUFFIX[procedureTypeOf(position)]
          }`,
        };
      },
    );
    const scriptTemplate = components.find(
      (_, position) => procedureTypeOf(position) === 'script-template',
    )?.procedure;
    return {
      name,
      title: `${titleCase(domain.slug)} Squad ${squadNumber}`,
      domain,
      lead: members[0],
      members,
      resource: `${name}-db`,
      components,
      scriptTemplate,
      onCall: onCall
        ? {
            paired,
            // Single rotas page the rota, then (mostly) the lead; paired ones
            // the primary, the secondary and (mostly) the lead.
            levels: paired ? random.pick([2, 3, 3]) : random.pick([1, 2, 2]),
          }
        : undefined,
    };
  });
  return { domains, squads, users };
}

function displayName(user: string): string {
  const [first, last] = user.split('.');
  return `${titleCase(first)} ${titleCase(last)}`;
}

/** Groups, Users, Domains, Systems and Resources of the organisation. */
export function* organisationEntities(
  plan: OrganisationPlan,
): Generator<Entity> {
  yield entity(
    BACKSTAGE_API_VERSION,
    'Group',
    {
      name: ROOT_GROUP,
      title: 'Scale profile organisation',
      description: 'The root of the generated organisation.',
    },
    {
      type: 'organization',
      profile: { displayName: 'Scale profile organisation' },
      children: plan.squads.map(squad => squad.name),
    },
  );
  for (const squad of plan.squads) {
    yield entity(
      BACKSTAGE_API_VERSION,
      'Group',
      {
        name: squad.name,
        title: squad.title,
        description: `A squad of the ${squad.domain.title} domain.`,
        annotations: {
          'readiness.dev/lead': `user:default/${squad.lead}`,
          'readiness.dev/domain': squad.domain.name,
        },
      },
      {
        type: 'team',
        parent: ROOT_GROUP,
        profile: {
          displayName: squad.title,
          email: `${squad.name}@scale.meridianpay.example`,
        },
        children: [],
      },
    );
  }
  for (const squad of plan.squads) {
    for (const user of squad.members) {
      yield entity(
        BACKSTAGE_API_VERSION,
        'User',
        {
          name: user,
          description:
            user === squad.lead
              ? `Engineering Lead, ${squad.title}`
              : 'Software Engineer',
        },
        {
          profile: {
            displayName: displayName(user),
            email: `${user}@scale.meridianpay.example`,
          },
          memberOf: [squad.name],
        },
      );
    }
  }
  for (const domain of plan.domains) {
    const owner = plan.squads.find(squad => squad.domain === domain)!;
    yield entity(
      BACKSTAGE_API_VERSION,
      'Domain',
      { name: domain.name, title: domain.title },
      { owner: `group:${owner.name}` },
    );
    for (const system of domain.systems) {
      yield entity(
        BACKSTAGE_API_VERSION,
        'System',
        { name: system, title: titleCase(system) },
        { owner: `group:${owner.name}`, domain: domain.name },
      );
    }
  }
  for (const squad of plan.squads) {
    yield entity(
      BACKSTAGE_API_VERSION,
      'Resource',
      {
        name: squad.resource,
        description: `PostgreSQL cluster of the ${squad.title}.`,
      },
      {
        type: 'database',
        owner: `group:${squad.name}`,
        system: squad.components[0].system,
      },
    );
  }
}
