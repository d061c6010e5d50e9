import { screen } from '@testing-library/react';
import { renderTestApp } from '@backstage/frontend-test-utils';
import { createTestEntityPage } from '@backstage/plugin-catalog-react/testUtils';
import { Entity } from '@backstage/catalog-model';
import { findActiveContent, XSS_CORPUS } from '@readiness/plugin-readiness-common/testUtils';
import { recordDetailsCard } from '../../plugin';

const hostile = XSS_CORPUS.join('\n\n');
const marker = (kind: string) => `${kind} marker. ${hostile}`;

// A record of each kind with hostile text in every free-text field the card shows.
const records: Entity[] = [
  {
    apiVersion: 'readiness.dev/v1alpha1',
    kind: 'Vendor',
    metadata: { name: 'relaywave-sms', title: XSS_CORPUS[0], description: hostile },
    spec: {
      legalName: marker('Vendor'),
      country: 'GB',
      owner: 'group:platform-sre-squad',
      relationshipOwner: 'user:jonas.weber',
      ictServiceType: 'communications',
      services: [...XSS_CORPUS],
      criticality: 'high',
      alternatives: XSS_CORPUS.map(name => ({ name, notes: hostile })),
      exitPlan: { summary: hostile },
      reviews: XSS_CORPUS.map(evidence => ({
        type: 'security',
        date: '2026-01-10',
        result: 'pass',
        nextDue: '2027-01-10',
        reviewer: 'user:alex.auditor',
        evidence,
        summary: hostile,
      })),
      impactOfLoss: { summary: hostile },
    },
  },
  {
    apiVersion: 'readiness.dev/v1alpha1',
    kind: 'Postmortem',
    metadata: { name: '2026-03-14-ach-0600-file-late', title: XSS_CORPUS[1] },
    spec: {
      reviewType: 'incident',
      severity: 'high',
      owner: 'group:ach-operations-squad',
      summary: marker('Postmortem'),
      rootCause: hostile,
      fiveWhys: [...XSS_CORPUS],
      wentWell: [...XSS_CORPUS],
      details: hostile,
      actions: [{ title: hostile, category: 'monitoring', status: 'open' }],
    },
  },
  {
    apiVersion: 'readiness.dev/v1alpha1',
    kind: 'Procedure',
    metadata: { name: 'ach-file-not-acknowledged-sop', title: XSS_CORPUS[3] },
    spec: {
      type: 'sop',
      owner: 'group:ach-operations-squad',
      appliesTo: ['component:ach-origination-file-0600'],
      body: marker('Procedure'),
      steps: [...XSS_CORPUS],
    },
  },
  {
    apiVersion: 'readiness.dev/v1alpha1',
    kind: 'Alert',
    metadata: { name: 'ach-file-late', title: XSS_CORPUS[4], description: hostile },
    spec: {
      type: 'positive',
      source: 'job',
      severity: 'critical',
      paging: true,
      owner: 'group:ach-operations-squad',
      monitors: 'component:ach-origination-file-0600',
      meaning: marker('Alert'),
      impact: hostile,
      errorCodes: [{ code: 'ACH-TX-017', class: 'system', meaning: hostile }],
    },
  },
];

describe('RecordDetailsCard with hostile record text', () => {
  jest.setTimeout(60_000);

  it.each(records.map(record => [record.kind, record] as const))(
    'renders every payload of the XSS corpus inert in a %s',
    async (kind, record) => {
      (window as any).xssFired = undefined;
      renderTestApp({ extensions: [createTestEntityPage({ entity: record }), recordDetailsCard] });
      expect(
        (await screen.findAllByText(new RegExp(`${kind} marker\\.`), undefined, { timeout: 20_000 }))
          .length,
      ).toBeGreaterThan(0);
      expect(findActiveContent(document.body)).toEqual([]);
      expect((window as any).xssFired).toBeUndefined();
    },
  );
});
