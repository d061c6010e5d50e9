import type { Entity } from '@backstage/catalog-model';
import { BACKSTAGE_API_VERSION, pad } from './context';

/** Entities grouped by kind, kinds in order of first appearance. */
export function groupByKind(entities: Iterable<Entity>): Map<string, Entity[]> {
  const byKind = new Map<string, Entity[]>();
  for (const entity of entities) {
    const ofKind = byKind.get(entity.kind) ?? [];
    ofKind.push(entity);
    byKind.set(entity.kind, ofKind);
  }
  return byKind;
}

/**
 * A slice of `size` entities with every kind in its share of the whole
 * (largest remainders, so the shares add up to exactly `size`). Each kind
 * keeps its first records; since records are generated squad by squad, most
 * references stay inside the slice, and the rest simply dangle (the catalog
 * ingests records whose refs point nowhere).
 */
export function sliceScaleProfile(entities: Entity[], size: number): Entity[] {
  if (!Number.isInteger(size) || size < 1) {
    throw new Error(
      `The slice size must be a positive whole number (got ${size})`,
    );
  }
  const total = entities.length;
  if (size >= total) return [...entities];
  const groups = [...groupByKind(entities)];
  const quotas = groups.map(([kind, ofKind], index) => {
    const exact = (ofKind.length * size) / total;
    return { kind, index, count: Math.floor(exact), remainder: exact % 1 };
  });
  let missing = size - quotas.reduce((sum, quota) => sum + quota.count, 0);
  for (const quota of [...quotas].sort(
    (a, b) => b.remainder - a.remainder || a.index - b.index,
  )) {
    if (missing === 0) break;
    quota.count += 1;
    missing -= 1;
  }
  return groups.flatMap(([, ofKind], index) =>
    ofKind.slice(0, quotas[index].count),
  );
}

/** `count` plain Backstage Components, as stock Backstage would ingest them. */
export function plainComponents(count: number): Entity[] {
  if (!Number.isInteger(count) || count < 1) {
    throw new Error(
      `The number of components must be a positive whole number (got ${count})`,
    );
  }
  const width = Math.max(5, String(count).length);
  return [...Array(count).keys()].map(index => ({
    apiVersion: BACKSTAGE_API_VERSION,
    kind: 'Component',
    metadata: {
      name: `plain-component-${pad(index + 1, width)}`,
      description: 'A plain Backstage component, for comparison.',
    },
    spec: {
      type: 'service',
      lifecycle: 'production',
      owner: `group:plain-team-${pad((index % 400) + 1, 3)}`,
    },
  }));
}
