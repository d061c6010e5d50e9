import { postmortemOwnerOf, startPostmortemPath } from './startPostmortem';

describe('starting a post-mortem', () => {
  const incident = {
    id: 'Q1ACH1400LAG',
    number: 4182,
    title: 'ACH window 2 file not built by 13:45 & late',
    status: 'resolved',
    entityRef: 'component:default/ach-origination-service',
    createdAt: '2026-11-12T19:09:00Z',
    resolvedAt: '2026-11-12T21:15:00Z',
  };

  it('opens the template with the incident in its form data, and nothing else the API lists', () => {
    const path = startPostmortemPath({
      ...incident,
      assignees: ['P1'],
    } as typeof incident);
    const [where, query] = path.split('?');
    expect(where).toBe('/create/templates/default/start-postmortem');
    const formData = JSON.parse(
      new URLSearchParams(query).get('formData') ?? '',
    );
    expect(formData).toEqual({ incident });
  });

  it('opens the empty template without an incident', () => {
    expect(startPostmortemPath()).toBe(
      '/create/templates/default/start-postmortem',
    );
  });

  it("gives the service's owner as a full group ref", () => {
    const service = (owner?: string) => ({
      apiVersion: 'backstage.io/v1alpha1',
      kind: 'Component',
      metadata: { name: 'ach-origination-service', namespace: 'payments' },
      spec: { owner },
    });
    expect(postmortemOwnerOf(service('ach-operations-squad'))).toBe(
      'group:payments/ach-operations-squad',
    );
    expect(postmortemOwnerOf(service('user:default/sam.lead'))).toBe(
      'user:default/sam.lead',
    );
    expect(postmortemOwnerOf(service())).toBeUndefined();
  });
});
