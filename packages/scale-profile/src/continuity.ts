import type { Entity } from '@backstage/catalog-model';
import { leiCheckDigits } from '@readiness/plugin-readiness-common';
import {
  GeneratorContext,
  READINESS_API_VERSION,
  addDays,
  entity,
  isoDay,
  pad,
  titleCase,
} from './context';
import { OrganisationPlan, SquadPlan } from './organisation';
import {
  COUNTRIES,
  EXERCISE_SCENARIOS,
  VENDOR_SERVICES,
  VENDOR_WORDS,
} from './vocabulary';

const LEI_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';
// Validation checks an LEI's ISO 17442 check digits, so a generated one carries them.
const withCheckDigits = (first18: string) => first18 + leiCheckDigits(first18);

export interface VendorPlan {
  name: string;
  service: (typeof VENDOR_SERVICES)[number];
  word: string;
}

/** Vendor names, known before components so that services can depend on vendors. */
export function planVendors(context: GeneratorContext): VendorPlan[] {
  const { random, profile } = context;
  return [...Array(profile.vendors).keys()].map(index => {
    const word = random.pick(VENDOR_WORDS);
    const service = random.pick(VENDOR_SERVICES);
    return {
      name: `${word}-${service.word}-${pad(index + 1, 3)}`,
      service,
      word,
    };
  });
}

/** The squad that owns the index-th of `count` records: records are spread over squads in order. */
export function ownerOf(
  plan: OrganisationPlan,
  index: number,
  count: number,
): SquadPlan {
  return plan.squads[Math.floor((index * plan.squads.length) / count)];
}

function someUsers(
  context: GeneratorContext,
  squad: SquadPlan,
  count: number,
): string[] {
  return context.random
    .shuffle(squad.members)
    .slice(0, count)
    .map(user => `user:${user}`);
}

/** Vendors owned by squads in turn, supporting that squad's components. */
export function* vendorEntities(
  context: GeneratorContext,
  plan: OrganisationPlan,
  vendors: VendorPlan[],
): Generator<Entity> {
  const { random, referenceDate } = context;
  for (const [index, vendor] of vendors.entries()) {
    const squad = ownerOf(plan, index, vendors.length);
    const reviewDate = addDays(referenceDate, -random.int(10, 400));
    const start = addDays(referenceDate, -random.int(200, 2000));
    const alternative = vendors[(index + 1) % vendors.length];
    const critical = random.chance(0.3);
    yield entity(
      READINESS_API_VERSION,
      'Vendor',
      {
        name: vendor.name,
        title: `${titleCase(vendor.word)} ${titleCase(vendor.service.word)}`,
      },
      {
        legalName: `${titleCase(vendor.word)} ${titleCase(
          vendor.service.word,
        )} ${random.pick(['Ltd', 'Inc.', 'GmbH', 'B.V.', 'LLC'])}`,
        lei: withCheckDigits(random.token(18, LEI_ALPHABET)),
        country: random.pick(COUNTRIES),
        owner: `group:${squad.name}`,
        relationshipOwner: `user:${squad.lead}`,
        ictServiceType: vendor.service.type,
        services: [vendor.service.offer],
        criticality: critical
          ? 'critical'
          : random.pick(['high', 'medium', 'low']),
        supportsCriticalFunction: critical,
        supports: [
          `system:${squad.components[0].system}`,
          `component:${squad.components[0].name}`,
        ],
        contract: {
          reference: `${vendor.name.toUpperCase()}-C1`,
          startDate: isoDay(start),
          endDate: isoDay(addDays(start, random.int(700, 2500))),
          noticePeriod: random.pick(['P90D', 'P180D']),
        },
        dataLocations: [random.pick(COUNTRIES)],
        storesData: random.chance(0.5),
        substitutability: random.pick(['easy', 'moderate', 'difficult']),
        alternatives: [
          {
            name: titleCase(alternative.word),
            vendor: `vendor:${alternative.name}`,
          },
        ],
        exitPlan: {
          summary: `Move to ${titleCase(
            alternative.word,
          )} within the notice period.`,
          procedure: `procedure:${squad.components[0].procedure}`,
        },
        reviews: [
          {
            type: random.pick(['security', 'financial', 'due-diligence']),
            date: isoDay(reviewDate),
            result: random.pick(['pass', 'pass', 'pass-with-findings', 'fail']),
            nextDue: isoDay(addDays(reviewDate, 365)),
            reviewer: someUsers(context, squad, 1)[0],
          },
        ],
        impactOfLoss: {
          summary: `${
            squad.title
          } loses ${vendor.service.offer.toLowerCase()}.`,
          maxTolerableOutage: random.pick(['PT4H', 'PT24H', 'P3D']),
        },
      },
    );
  }
}

/** Continuity plans owned by squads in turn, covering their systems and services. */
export function* continuityPlanEntities(
  context: GeneratorContext,
  plan: OrganisationPlan,
  vendors: VendorPlan[],
): Generator<Entity> {
  const { random, referenceDate, profile } = context;
  for (let index = 0; index < profile.continuityPlans; index++) {
    const squad = ownerOf(plan, index, profile.continuityPlans);
    const vendor =
      vendors[Math.floor((index * vendors.length) / profile.continuityPlans)];
    const reviewed = addDays(referenceDate, -random.int(5, 420));
    const [commander, operations] = someUsers(context, squad, 2);
    yield entity(
      READINESS_API_VERSION,
      'ContinuityPlan',
      {
        name: `${squad.name}-continuity-${pad(index + 1, 3)}`,
        title: `${squad.title} continuity plan`,
      },
      {
        function: `${squad.domain.title} (${squad.title})`,
        owner: `group:${squad.name}`,
        criticality: random.pick(['critical', 'high', 'medium']),
        covers: [
          `system:${squad.components[0].system}`,
          `component:${squad.components[0].name}`,
        ],
        dependsOn: [
          `vendor:${vendor.name}`,
          `component:${squad.components[1].name}`,
        ],
        bia: {
          rto: random.pick(['PT1H', 'PT4H']),
          rpo: random.pick(['PT5M', 'PT15M']),
          mtpd: 'PT24H',
          impacts: [
            { after: 'PT1H', financial: 'low', customer: 'medium' },
            { after: 'PT24H', financial: 'high', customer: 'severe' },
          ],
        },
        scenarios: [
          {
            name: `${titleCase(vendor.word)} unavailable`,
            type: 'third-party',
            vendor: `vendor:${vendor.name}`,
            response: 'Switch to the alternative provider per the exit plan.',
          },
          {
            name: `${squad.components[0].name} down`,
            type: 'first-party',
            response:
              'Roll back the last release and fail over to the standby.',
          },
        ],
        recoveryProcedures: [`procedure:${squad.components[0].procedure}`],
        emergencyTeam: [
          { role: 'Incident commander', member: `user:${squad.lead}` },
          { role: 'Operations lead', member: commander },
        ],
        callTree: [
          { order: 1, role: 'On-call', member: `group:${squad.name}` },
          { order: 2, role: 'Squad lead', member: `user:${squad.lead}` },
          { order: 3, member: operations },
        ],
        communications: [
          {
            audience: 'staff',
            channel: `#${squad.name}`,
            owner: `user:${squad.lead}`,
            within: 'PT30M',
          },
        ],
        approvals: [
          {
            approver: `user:${squad.lead}`,
            role: 'Squad lead',
            date: isoDay(reviewed),
          },
        ],
        lastReviewed: isoDay(reviewed),
        reviewInterval: 'P12M',
      },
    );
  }
}

/** Exercises of the plans, in turn; past ones have results that agree with their measurements. */
export function* exerciseEntities(
  context: GeneratorContext,
  plan: OrganisationPlan,
): Generator<Entity> {
  const { random, referenceDate, profile } = context;
  for (let index = 0; index < profile.exercises; index++) {
    const planIndex = Math.floor(
      (index * profile.continuityPlans) / profile.exercises,
    );
    const squad = ownerOf(plan, planIndex, profile.continuityPlans);
    const date = addDays(referenceDate, random.int(-540, 60));
    const held = date <= referenceDate;
    const targetMinutes = random.pick([60, 240]);
    const measuredMinutes = random.int(20, 300);
    let result: string | undefined;
    if (held) {
      result =
        measuredMinutes > targetMinutes
          ? 'failed'
          : random.pick(['passed', 'passed-with-findings']);
    }
    const type = random.pick(['game-day', 'table-top', 'dr-test']);
    yield entity(
      READINESS_API_VERSION,
      'Exercise',
      {
        name: `${isoDay(date)}-${squad.name}-${type}-${pad(index + 1, 4)}`,
        title: `${squad.title} ${type.replace('-', ' ')}`,
      },
      {
        type,
        date: isoDay(date),
        owner: `group:${squad.name}`,
        scenario: random.pick(EXERCISE_SCENARIOS),
        plans: [
          `continuityplan:${squad.name}-continuity-${pad(planIndex + 1, 3)}`,
        ],
        teams: [`group:${squad.name}`],
        participants: someUsers(context, squad, 3),
        successCriteria: [`Recovery within ${targetMinutes} minutes.`],
        target: { rto: `PT${targetMinutes}M`, rpo: 'PT15M' },
        measured: held
          ? { rto: `PT${measuredMinutes}M`, rpo: 'PT5M' }
          : undefined,
        result,
        findings:
          result === 'passed' || !held
            ? undefined
            : ['Recovery took longer than planned.'],
        actions:
          result && result !== 'passed'
            ? [
                {
                  title: 'Automate the slowest recovery step',
                  category: 'process',
                  term: 'short',
                  owner: `group:${squad.name}`,
                  due: isoDay(addDays(date, 30)),
                  status: random.pick(['open', 'done']),
                },
              ]
            : undefined,
      },
    );
  }
}
