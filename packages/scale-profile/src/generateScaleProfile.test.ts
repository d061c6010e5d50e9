import {
  Entity,
  FieldFormatEntityPolicy,
  NoForeignRootFieldsEntityPolicy,
  SchemaValidEntityPolicy,
  componentEntityV1alpha1Validator,
  domainEntityV1alpha1Validator,
  groupEntityV1alpha1Validator,
  parseEntityRef,
  resourceEntityV1alpha1Validator,
  stringifyEntityRef,
  systemEntityV1alpha1Validator,
  userEntityV1alpha1Validator,
} from '@backstage/catalog-model';
import {
  checkReferences,
  isReadinessEntity,
  parseTaxonomy,
  validateRecord,
} from '@readiness/plugin-readiness-common';
import { readFileSync, readdirSync } from 'fs';
import { join } from 'path';
import { parseAllDocuments } from 'yaml';
import { DEMO_CATALOG_DIR } from './demoRecords';
import {
  ScaleProfileOutput,
  generateScaleProfile,
} from './generateScaleProfile';
import { SCALE_PROFILES } from './profiles';
import { groupByKind } from './slice';

// Profile L is generated in full: seconds, not milliseconds.
jest.setTimeout(180_000);

const L = SCALE_PROFILES.L;

function countByKind(entities: Entity[]): Record<string, number> {
  return Object.fromEntries(
    [...groupByKind(entities)].map(([kind, ofKind]) => [kind, ofKind.length]),
  );
}

function demoEntities(dir: string): Entity[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap(entry => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return demoEntities(path);
    if (!/\.ya?ml$/.test(entry.name)) return [];
    return parseAllDocuments(readFileSync(path, 'utf8'))
      .map(document => document.toJSON())
      .filter(value => value?.kind && value?.metadata?.name);
  });
}

/** The refs of the Backstage kinds' own relation fields. */
function backstageRefs(entity: Entity): Array<{ field: string; ref: string }> {
  const spec = (entity.spec ?? {}) as Record<string, any>;
  const defaultKinds: Record<string, string> = {
    owner: 'group',
    system: 'system',
    domain: 'domain',
    parent: 'group',
    memberOf: 'group',
    children: 'group',
    dependsOn: 'component',
  };
  return Object.entries(defaultKinds).flatMap(([field, defaultKind]) => {
    const value = spec[field];
    const refs: string[] = [value ?? []].flat();
    return refs.map(ref => ({
      field: `spec.${field}`,
      ref: stringifyEntityRef(parseEntityRef(ref, { defaultKind })),
    }));
  });
}

describe('generateScaleProfile', () => {
  let output: ScaleProfileOutput;

  beforeAll(() => {
    output = generateScaleProfile({ profile: 'L', seed: 42 });
  });

  it('is the same for the same seed, and differs for another seed', () => {
    const again = generateScaleProfile({ profile: 'L', seed: 42 });
    expect(JSON.stringify(again)).toBe(JSON.stringify(output));
    const other = generateScaleProfile({ profile: 'L', seed: 43 });
    expect(JSON.stringify(other.entities)).not.toBe(
      JSON.stringify(output.entities),
    );
    expect(JSON.stringify(other.pagerDuty)).not.toBe(
      JSON.stringify(output.pagerDuty),
    );
  });

  it('has the counts of profile L', () => {
    const counts = countByKind(output.entities);
    expect(counts).toEqual({
      Group: L.squads + 1,
      User: L.squads * L.usersPerSquad,
      Domain: L.domains,
      System: L.domains * 5,
      Resource: L.squads,
      Component: L.components,
      Procedure: L.procedures,
      Alert: L.alerts,
      Vendor: L.vendors,
      ContinuityPlan: L.continuityPlans,
      Exercise: L.exercises,
      Postmortem: L.postmortems,
      CapabilityModel: 1,
    });
    const teams = output.entities.filter(
      e => e.kind === 'Group' && e.spec?.type === 'team',
    );
    expect(teams).toHaveLength(400);
    const jobs = output.entities.filter(
      e => e.kind === 'Component' && e.spec?.type === 'job',
    );
    expect(jobs).toHaveLength(L.squads * L.jobsPerSquad);
  });

  it('gives every entity a valid name, unique within its kind, and none of the demo organisation’s', () => {
    const demoRefs = new Set(
      demoEntities(DEMO_CATALOG_DIR).map(e => stringifyEntityRef(e)),
    );
    const refs = output.entities.map(e => stringifyEntityRef(e));
    expect(new Set(refs).size).toBe(refs.length);
    expect(refs.filter(ref => demoRefs.has(ref))).toEqual([]);
  });

  it('validates: readiness records against their schemas and checks, Backstage kinds as the catalog does', async () => {
    // All of them: about 64,000 entities take a few seconds.
    const { taxonomy } = parseTaxonomy(
      readFileSync(join(DEMO_CATALOG_DIR, 'taxonomy.yaml'), 'utf8'),
    );
    expect(taxonomy).toBeDefined();
    const readinessProblems = output.entities
      .filter(isReadinessEntity)
      .flatMap(entity =>
        validateRecord(entity, { taxonomy }).map(
          problem =>
            `${entity.kind} ${entity.metadata.name} ${problem.field}: ${problem.message}`,
        ),
      );
    expect(readinessProblems.slice(0, 10)).toEqual([]);

    const policies = [
      new FieldFormatEntityPolicy(),
      new SchemaValidEntityPolicy(),
      new NoForeignRootFieldsEntityPolicy(),
    ];
    const validators: Record<
      string,
      { check(data: unknown): Promise<boolean> }
    > = {
      Component: componentEntityV1alpha1Validator,
      Domain: domainEntityV1alpha1Validator,
      Group: groupEntityV1alpha1Validator,
      Resource: resourceEntityV1alpha1Validator,
      System: systemEntityV1alpha1Validator,
      User: userEntityV1alpha1Validator,
    };
    // The catalog's own checks; collected rather than asserted one by one,
    // which would take Jest minutes for 64,000 entities.
    const backstageProblems: string[] = [];
    for (const entity of output.entities) {
      try {
        for (const policy of policies) await policy.enforce(entity);
        const validator = validators[entity.kind];
        if (validator && !(await validator.check(entity))) {
          backstageProblems.push(
            `${entity.metadata.name}: not a valid ${entity.kind}`,
          );
        }
      } catch (error) {
        backstageProblems.push(
          `${entity.metadata.name}: ${(error as Error).message}`,
        );
      }
    }
    expect(backstageProblems.slice(0, 10)).toEqual([]);
  });

  it('has every reference resolve', () => {
    const problems = checkReferences(output.entities, []).map(
      problem =>
        `${problem.entity.kind} ${problem.entity.metadata.name} ${problem.field}: ${problem.message}`,
    );
    expect(problems.slice(0, 10)).toEqual([]);

    const known = new Set(output.entities.map(e => stringifyEntityRef(e)));
    const dangling = output.entities.flatMap(entity =>
      backstageRefs(entity)
        .filter(({ ref }) => !known.has(ref))
        .map(({ field, ref }) => `${entity.metadata.name} ${field}: ${ref}`),
    );
    expect(dangling.slice(0, 10)).toEqual([]);
  });

  it('has alerts monitor existing components, and job alerts the jobs’ own schedule and cutoff', () => {
    const components = new Map(
      output.entities
        .filter(e => e.kind === 'Component')
        .map(e => [`component:${e.metadata.name}`, e]),
    );
    const mismatches = output.entities
      .filter(e => e.kind === 'Alert')
      .flatMap(alert => {
        const spec = alert.spec as Record<string, any>;
        const component = components.get(spec.monitors);
        if (!component) return [`${alert.metadata.name}: monitors nothing`];
        const annotations = component.metadata.annotations!;
        const expected =
          component.spec?.type === 'job'
            ? {
                source: 'job',
                schedule: annotations['readiness.dev/schedule'],
                cutoff: annotations['readiness.dev/cutoff'],
              }
            : {};
        const actual = Object.fromEntries(
          Object.keys(expected).map(key => [key, spec[key]]),
        );
        const problems =
          JSON.stringify(actual) === JSON.stringify(expected)
            ? []
            : [`${alert.metadata.name}: ${JSON.stringify(actual)}`];
        if (
          spec.pagerduty &&
          (!spec.paging ||
            spec.pagerduty.serviceId !==
              annotations['pagerduty.com/service-id'])
        ) {
          problems.push(`${alert.metadata.name}: pages the wrong service`);
        }
        return problems;
      });
    expect(mismatches.slice(0, 10)).toEqual([]);
    expect(
      output.entities.filter(e => e.kind === 'Alert' && e.spec?.pagerduty)
        .length,
    ).toBeGreaterThan(1000);
  });

  it('has a PagerDuty account of profile L that matches the catalog', () => {
    const { organisation, onCall } = output.pagerDuty;
    const annotated = output.entities.filter(
      e => e.metadata.annotations?.['pagerduty.com/service-id'],
    );
    expect(annotated).toHaveLength(L.pagerDuty.services);
    expect(organisation.services.map(s => s.serviceId).sort()).toEqual(
      annotated
        .map(e => e.metadata.annotations!['pagerduty.com/service-id'])
        .sort(),
    );
    expect(new Set(organisation.services.map(s => s.integrationKey)).size).toBe(
      L.pagerDuty.services,
    );

    expect(onCall.squads).toHaveLength(L.pagerDuty.squads);
    const paired = onCall.squads.filter(setup => setup.paired);
    expect(onCall.squads.length + paired.length).toBe(L.pagerDuty.schedules);
    expect(new Set(onCall.squads.map(s => s.levels))).toEqual(
      new Set([1, 2, 3]),
    );
    for (const setup of onCall.squads) {
      expect(setup.levels).toBeLessThanOrEqual(setup.paired ? 3 : 2);
    }
    expect(onCall.servicesWithoutEntity).toEqual([]);

    const leads = new Set(organisation.squads.map(squad => squad.leadName));
    expect(onCall.usersWithoutPagerDuty.length).toBeGreaterThan(0);
    for (const user of onCall.usersWithoutPagerDuty) {
      expect(leads.has(user)).toBe(false);
      expect(organisation.users.some(u => u.name === user)).toBe(true);
    }
  });

  it('gives post-mortems of on-call squads incidents on their PagerDuty services, over 18 months', () => {
    const { organisation } = output.pagerDuty;
    const serviceNames = new Set(organisation.services.map(s => s.name));
    const postmortems = output.entities.filter(e => e.kind === 'Postmortem');
    const withIncidents = postmortems.filter(
      e => (e.spec?.incidents as string[] | undefined)?.length,
    );
    expect(withIncidents.length).toBeGreaterThan(L.postmortems / 3);
    expect(organisation.postmortems).toHaveLength(withIncidents.length);
    const ids = withIncidents.flatMap(e => e.spec!.incidents as string[]);
    expect(new Set(ids).size).toBe(ids.length);
    for (const postmortem of withIncidents) {
      const services = postmortem.spec!.services as string[];
      expect(
        services.some(ref => serviceNames.has(parseEntityRef(ref).name)),
      ).toBe(true);
    }
    const started = postmortems.map(e => String(e.spec!.startedAt)).sort();
    expect(started[0] >= '2025-05-20').toBe(true);
    expect(started[started.length - 1] < '2026-11-20').toBe(true);
  });
});
