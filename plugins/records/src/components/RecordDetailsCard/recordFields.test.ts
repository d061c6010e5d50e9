import { READINESS_SCHEMAS } from '@readiness/plugin-readiness-common';
import { describeRecordFields, fieldLabel } from './recordFields';

const specSchema = (kind: keyof typeof READINESS_SCHEMAS) =>
  (READINESS_SCHEMAS[kind].properties as any).spec;

describe('fieldLabel', () => {
  it('turns camelCase keys into sentence-case labels and spells acronyms out', () => {
    expect(fieldLabel('lastReviewed')).toBe('Last reviewed');
    expect(fieldLabel('rto')).toBe('RTO');
    expect(fieldLabel('severity')).toBe('Severity');
  });
});

describe('describeRecordFields', () => {
  it('shows refs as links, markdown as markdown and lists of objects as tables, in schema order', () => {
    const rows = describeRecordFields(specSchema('Postmortem'), {
      details: '## Detection\nThe alert fired.',
      owner: 'group:ach-operations-squad',
      services: ['component:ach-origination-service'],
      actions: [
        { title: 'Alert on certificate expiry', category: 'monitoring', owner: 'group:platform-sre-squad' },
      ],
      severity: 'high',
    });
    const byKey = Object.fromEntries(rows.map(row => [row.key, row]));

    expect(byKey.owner.view).toEqual({ kind: 'ref', value: 'group:ach-operations-squad' });
    expect(byKey.details.view.kind).toBe('markdown');
    expect(byKey.services.view).toEqual({
      kind: 'list',
      items: [{ kind: 'ref', value: 'component:ach-origination-service' }],
    });
    expect(byKey.actions.view).toMatchObject({
      kind: 'table',
      columns: [
        { key: 'title', label: 'Title' },
        { key: 'category', label: 'Category' },
        { key: 'owner', label: 'Owner' },
      ],
    });
    expect((byKey.actions.view as any).rows[0].owner).toEqual({
      kind: 'ref',
      value: 'group:platform-sre-squad',
    });
    expect(byKey.severity.description).toMatch(/\w/);
    expect(rows.map(row => row.key).indexOf('owner')).toBeLessThan(
      rows.map(row => row.key).indexOf('details'),
    );
  });

  it('nests objects as fields and keeps fields the schema does not know', () => {
    const rows = describeRecordFields(specSchema('ContinuityPlan'), {
      bia: { rto: 'PT4H', rpo: 'PT15M' },
      note: 'kept',
    });
    expect(rows[0]).toMatchObject({
      key: 'bia',
      view: {
        kind: 'fields',
        fields: [
          { key: 'rto', label: 'RTO', view: { kind: 'text', value: '4 hours' } },
          { key: 'rpo', label: 'RPO', view: { kind: 'text', value: '15 minutes' } },
        ],
      },
    });
    expect(rows[1]).toMatchObject({ key: 'note', view: { kind: 'text', value: 'kept' } });
  });

  it("writes flags as yes or no and keeps times for the viewer's zone", () => {
    const rows = describeRecordFields(
      {
        properties: {
          critical: { type: 'boolean' },
          at: { type: 'string', format: 'date-time' },
        },
      },
      { critical: false, at: '2026-05-12T13:00:00Z' },
    );
    expect(rows.map(row => row.view)).toEqual([
      { kind: 'text', value: 'No' },
      { kind: 'time', value: '2026-05-12T13:00:00Z' },
    ]);
  });
});
