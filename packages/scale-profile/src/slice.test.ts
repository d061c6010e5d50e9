import type { Entity } from '@backstage/catalog-model';
import { generateScaleProfile } from './generateScaleProfile';
import { groupByKind, plainComponents, sliceScaleProfile } from './slice';

describe('sliceScaleProfile', () => {
  const { entities } = generateScaleProfile({ profile: 'L', seed: 7 });

  it('keeps every kind in its profile-L proportion, adding up to the size asked for', () => {
    const slice = sliceScaleProfile(entities, 10_000);
    expect(slice).toHaveLength(10_000);
    const whole = groupByKind(entities);
    const part = groupByKind(slice);
    for (const [kind, ofKind] of whole) {
      const share = (ofKind.length * 10_000) / entities.length;
      const kept = part.get(kind)?.length ?? 0;
      expect(Math.abs(kept - share)).toBeLessThan(1);
    }
    expect(part.get('Alert')).toHaveLength(6258);
    expect(part.get('Postmortem')).toHaveLength(1564);
  });

  it('keeps most references inside the slice, records being generated squad by squad', () => {
    const slice = sliceScaleProfile(entities, 10_000);
    const names = new Set(
      slice.map(e => `${e.kind}:${e.metadata.name}`.toLowerCase()),
    );
    const alerts = slice.filter(e => e.kind === 'Alert');
    const monitored = alerts.filter(alert =>
      names.has(String(alert.spec!.monitors).toLowerCase()),
    );
    expect(monitored.length / alerts.length).toBeGreaterThan(0.95);
  });

  it('returns everything when asked for more, and refuses a size that is not a positive whole number', () => {
    const few: Entity[] = entities.slice(0, 3);
    expect(sliceScaleProfile(few, 10)).toEqual(few);
    expect(() => sliceScaleProfile(entities, 0)).toThrow(
      'The slice size must be a positive whole number (got 0)',
    );
  });
});

describe('plainComponents', () => {
  it('makes that many plain Components with unique names', () => {
    const components = plainComponents(10_000);
    expect(components).toHaveLength(10_000);
    expect(new Set(components.map(c => c.metadata.name)).size).toBe(10_000);
    expect(components[0]).toEqual({
      apiVersion: 'backstage.io/v1alpha1',
      kind: 'Component',
      metadata: {
        name: 'plain-component-00001',
        description: 'A plain Backstage component, for comparison.',
      },
      spec: {
        type: 'service',
        lifecycle: 'production',
        owner: 'group:plain-team-001',
      },
    });
    expect(() => plainComponents(1.5)).toThrow('got 1.5');
  });
});
