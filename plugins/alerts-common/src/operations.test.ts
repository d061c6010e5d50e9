import { Entity } from '@backstage/catalog-model';
import { hasOperations } from './operations';

const entity = (kind: string, type: string): Entity => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind,
  metadata: { name: 'x' },
  spec: { type },
});

describe('the Operations tab', () => {
  it('is on services, jobs and squads only', () => {
    expect(hasOperations(entity('Component', 'service'))).toBe(true);
    expect(hasOperations(entity('Component', 'job'))).toBe(true);
    expect(hasOperations(entity('Group', 'team'))).toBe(true);
    expect(hasOperations(entity('Component', 'website'))).toBe(false);
    expect(hasOperations(entity('Group', 'organization'))).toBe(false);
    expect(hasOperations(entity('Alert', 'positive'))).toBe(false);
  });
});
