import type { Entity } from '@backstage/catalog-model';
import {
  GeneratorContext,
  READINESS_API_VERSION,
  addDays,
  entity,
  isoDay,
  isoTime,
  pad,
} from './context';
import { ownerOf } from './continuity';
import { OrganisationPlan } from './organisation';
import { POSTMORTEM_CAUSES } from './vocabulary';

const MINUTE = 60_000;
const DAY = 86_400_000;

/**
 * Post-mortems spread over the squads in order and over the history window.
 * Incident reviews of squads on call name PagerDuty incident ids on a service
 * with a PagerDuty service, which the sandbox account then holds.
 */
export function* postmortemEntities(
  context: GeneratorContext,
  plan: OrganisationPlan,
  taxonomyTags: string[],
): Generator<Entity> {
  const { random, ids, profile, referenceDate } = context;
  const historyStart = new Date(referenceDate);
  historyStart.setUTCMonth(historyStart.getUTCMonth() - profile.historyMonths);
  const span = referenceDate.getTime() - DAY - historyStart.getTime();
  for (let index = 0; index < profile.postmortems; index++) {
    const squad = ownerOf(plan, index, profile.postmortems);
    const started = new Date(
      Math.floor((historyStart.getTime() + random.next() * span) / MINUTE) *
        MINUTE,
    );
    const detected = new Date(started.getTime() + random.int(1, 20) * MINUTE);
    const mitigated = new Date(
      detected.getTime() + random.int(5, 120) * MINUTE,
    );
    const resolved = new Date(
      mitigated.getTime() + random.int(5, 240) * MINUTE,
    );
    const published = addDays(resolved, random.int(0, 4));
    // Reviews published by the reference date; the latest still in the works.
    let status = random.pick(['draft', 'in-review']);
    if (published <= referenceDate) {
      status = random.chance(0.95) ? 'published' : 'in-review';
    }
    const success = random.chance(0.1);
    const paged = squad.components.filter(component => component.pagerDuty);
    const primary = paged.length > 0 ? random.pick(paged) : squad.components[0];
    const secondary = random.pick(squad.components);
    const services = [...new Set([primary.name, secondary.name])].map(
      name => `component:${name}`,
    );
    const participants = random
      .shuffle(squad.members)
      .slice(0, random.int(2, 4))
      .map(user => `user:${user}`);
    const cause = random.pick(POSTMORTEM_CAUSES);
    const summary = success
      ? `${primary.name} handled a traffic peak without degradation.`
      : `${primary.name} degraded for ${Math.round(
          (resolved.getTime() - detected.getTime()) / MINUTE,
        )} minutes. ${cause}`;
    yield entity(
      READINESS_API_VERSION,
      'Postmortem',
      {
        name: `${isoDay(started)}-${squad.name}-${pad(index + 1, 5)}`,
        title: success
          ? `${primary.name} handled a peak`
          : `${primary.name} degraded`,
      },
      {
        reviewType: success ? 'success' : 'incident',
        status,
        owner: `group:${squad.name}`,
        severity: success
          ? undefined
          : random.pick(['critical', 'high', 'medium', 'low']),
        customerImpact: success
          ? undefined
          : random.pick(['none', '<10%', '10-25%', '25-50%', '>50%']),
        incidents:
          !success && primary.pagerDuty
            ? [...Array(random.int(1, 2))].map(() => ids.incident())
            : undefined,
        startedAt: isoTime(started),
        detectedAt: success ? undefined : isoTime(detected),
        mitigatedAt: success ? undefined : isoTime(mitigated),
        resolvedAt: success ? undefined : isoTime(resolved),
        publishedAt: status === 'published' ? isoDay(published) : undefined,
        services,
        infrastructure: random.chance(0.3)
          ? [`resource:${squad.resource}`]
          : undefined,
        taxonomy: success ? undefined : [random.pick(taxonomyTags)],
        summary,
        rootCause: success ? undefined : cause,
        fiveWhys: success
          ? undefined
          : [
              `Why did ${primary.name} degrade? ${cause}`,
              'Why was it not caught earlier? No alert covered that failure mode.',
              'Why not? The failure mode was not in the owner’s manual.',
            ],
        wentWell: ['The on-call engineer was paged within minutes.'],
        wentWrong: success ? undefined : ['The SOP was out of date.'],
        timeline: success
          ? undefined
          : [
              {
                at: isoTime(detected),
                event: 'Alert paged the on-call engineer.',
              },
              { at: isoTime(mitigated), event: 'Mitigated by rolling back.' },
              {
                at: isoTime(resolved),
                event: 'Resolved; error rate back to normal.',
              },
            ],
        actions: success
          ? undefined
          : [
              {
                title: `Alert on the failure mode of ${primary.name}`,
                category: random.pick(['process', 'monitoring', 'code']),
                term: random.pick(['short', 'long']),
                owner: random.chance(0.5)
                  ? `group:${squad.name}`
                  : participants[0],
                due: isoDay(addDays(resolved, random.int(7, 90))),
                status: random.pick(['open', 'in-progress', 'done', 'done']),
              },
            ],
        participants,
      },
    );
  }
}
