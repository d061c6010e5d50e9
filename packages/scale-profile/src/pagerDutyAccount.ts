import type { Entity } from '@backstage/catalog-model';
import {
  SandboxAccount,
  sandboxAccountFromEntities,
} from '@readiness/pagerduty-sandbox';
import { GeneratorContext } from './context';
import { OrganisationPlan } from './organisation';

/** Share of on-call squads with one member who never joined PagerDuty. */
const SQUADS_WITH_A_MISSING_USER = 0.15;

/**
 * The PagerDuty account of the organisation, as the sandbox loads it: a rota
 * and escalation policy per on-call squad (paired or single, as planned), a
 * service per component with PagerDuty annotations, the on-call squads'
 * people bar a few non-leads, and incident history around every post-mortem's
 * incident ids. Of a slice, the squads, services and post-mortems it holds.
 */
export function pagerDutyAccount(
  context: GeneratorContext,
  plan: OrganisationPlan,
  entities: Entity[],
): SandboxAccount {
  const { random } = context;
  const squadsInCatalog = new Set(
    entities
      .filter(({ kind }) => kind === 'Group')
      .map(({ metadata }) => metadata.name),
  );
  const onCallSquads = plan.squads.filter(
    squad => squad.onCall && squadsInCatalog.has(squad.name),
  );
  const onCallNames = new Set(onCallSquads.map(squad => squad.name));
  const onCallPeople = new Set(onCallSquads.flatMap(squad => squad.members));
  const usersWithoutPagerDuty = onCallSquads
    .filter(() => random.chance(SQUADS_WITH_A_MISSING_USER))
    .map(squad =>
      random.pick(squad.members.filter(user => user !== squad.lead)),
    );
  const mirrored = entities.filter(({ kind, metadata }) => {
    if (kind === 'Group') return onCallNames.has(metadata.name);
    if (kind === 'User') return onCallPeople.has(metadata.name);
    return ['Component', 'Alert', 'Postmortem'].includes(kind);
  });
  return sandboxAccountFromEntities(mirrored, {
    squads: onCallSquads.map(squad => ({
      squad: squad.name,
      paired: squad.onCall!.paired,
      levels: squad.onCall!.levels,
    })),
    usersWithoutPagerDuty,
    // Every service of the account is in the catalog, so that the profile has exactly its number of services.
    servicesWithoutEntity: [],
  });
}
