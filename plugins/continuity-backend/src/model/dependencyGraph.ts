import { Entity, parseEntityRef } from '@backstage/catalog-model';
import {
  entityRefKey,
  isContinuityPlanEntity,
  isVendorEntity,
} from '@readiness/plugin-readiness-common';
import {
  ReachedNode,
} from '@readiness/plugin-continuity-common';

/**
 * Who depends on what, among components, resources, systems, vendors and continuity plans,
 * keyed by lower-case full refs (`vendor:default/fedach`).
 *
 * @public
 */
export interface DependencyGraph {
  /** The entities the graph was built from, by ref. Refs to unknown entities are nodes too. */
  entities: ReadonlyMap<string, Entity>;
  /** What each node depends on directly. */
  dependsOn: ReadonlyMap<string, ReadonlySet<string>>;
  /** What depends on each node directly. */
  dependents: ReadonlyMap<string, ReadonlySet<string>>;
  /** The continuity plans that cover each component or system. */
  coveredBy: ReadonlyMap<string, ReadonlySet<string>>;
}

function stringList(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  return Array.isArray(value)
    ? value.filter((item): item is string => typeof item === 'string')
    : [];
}

/**
 * Builds the dependency graph from the entities' own fields, so it needs no catalog relations:
 * `spec.dependsOn` of components and resources; a system depends on the components and resources
 * that name it in `spec.system`, a component on its `spec.subcomponentOf` parts; whatever a vendor
 * `supports` depends on the vendor; a continuity plan depends on what it `covers`, on its
 * `dependsOn` and on the vendors of its scenarios.
 *
 * @public
 */
export function buildDependencyGraph(entities: Iterable<Entity>): DependencyGraph {
  const byRef = new Map<string, Entity>();
  const dependsOn = new Map<string, Set<string>>();
  const dependents = new Map<string, Set<string>>();
  const coveredBy = new Map<string, Set<string>>();

  const add = (map: Map<string, Set<string>>, from: string, to: string) => {
    let set = map.get(from);
    if (!set) {
      set = new Set();
      map.set(from, set);
    }
    set.add(to);
  };
  const depend = (dependent: string | undefined, dependency: string | undefined) => {
    if (!dependent || !dependency || dependent === dependency) return;
    add(dependsOn, dependent, dependency);
    add(dependents, dependency, dependent);
  };

  for (const entity of entities) {
    const self = entityRefKey(
      `${entity.kind}:${entity.metadata.namespace ?? 'default'}/${entity.metadata.name}`,
    );
    if (!self) continue;
    byRef.set(self, entity);
    const spec = (entity.spec ?? {}) as Record<string, unknown>;

    if (isVendorEntity(entity)) {
      for (const supported of stringList(spec.supports)) {
        depend(entityRefKey(supported, 'component'), self);
      }
    } else if (isContinuityPlanEntity(entity)) {
      for (const covered of entity.spec.covers ?? []) {
        const ref = entityRefKey(covered, 'component');
        depend(self, ref);
        if (ref) add(coveredBy, ref, self);
      }
      for (const dependency of entity.spec.dependsOn ?? []) {
        depend(self, entityRefKey(dependency, 'component'));
      }
      for (const scenario of entity.spec.scenarios ?? []) {
        if (scenario.vendor) depend(self, entityRefKey(scenario.vendor, 'vendor'));
      }
    } else if (entity.kind === 'Component' || entity.kind === 'Resource') {
      for (const dependency of stringList(spec.dependsOn)) {
        depend(self, entityRefKey(dependency));
      }
      for (const system of stringList(spec.system)) {
        depend(entityRefKey(system, 'system'), self);
      }
      for (const parent of stringList(spec.subcomponentOf)) {
        depend(entityRefKey(parent, 'component'), self);
      }
    }
  }
  return { entities: byRef, dependsOn, dependents, coveredBy };
}

/**
 * Every node reachable from `start` along `edges`, breadth first: each node once, at its
 * shortest distance, however many paths lead to it (diamonds) and even when paths loop back
 * (cycles). The start itself is not included.
 *
 * @public
 */
export function reachableFrom(
  start: string,
  edges: ReadonlyMap<string, ReadonlySet<string>>,
): ReachedNode[] {
  const pathTo = new Map<string, string[]>([[start, [start]]]);
  const reached: ReachedNode[] = [];
  let frontier = [start];
  while (frontier.length > 0) {
    const next: string[] = [];
    for (const node of frontier) {
      // Sorted so that, among equally short paths, the one reported is always the same.
      for (const neighbour of [...(edges.get(node) ?? [])].sort()) {
        if (pathTo.has(neighbour)) continue;
        const path = [...pathTo.get(node)!, neighbour];
        pathTo.set(neighbour, path);
        reached.push({
          ref: neighbour,
          kind: parseEntityRef(neighbour).kind,
          depth: path.length - 1,
          path,
        });
        next.push(neighbour);
      }
    }
    frontier = next;
  }
  return reached;
}
