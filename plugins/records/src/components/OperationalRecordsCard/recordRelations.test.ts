import { groupRecordRelations } from './recordRelations';

describe('groupRecordRelations', () => {
  it('groups related records by kind, once each, ignoring other relations', () => {
    expect(
      groupRecordRelations([
        { type: 'monitoredBy', targetRef: 'alert:default/b-late' },
        { type: 'monitoredBy', targetRef: 'alert:default/a-missing' },
        { type: 'ownerOf', targetRef: 'alert:default/a-missing' },
        { type: 'hasPostmortem', targetRef: 'postmortem:default/2026-03-14-late' },
        { type: 'dependsOn', targetRef: 'vendor:default/fedach' },
        { type: 'dependsOn', targetRef: 'resource:default/ledger-db' },
        { type: 'ownedBy', targetRef: 'group:default/ach-operations-squad' },
      ]),
    ).toEqual([
      { title: 'Alerts', refs: ['alert:default/a-missing', 'alert:default/b-late'] },
      { title: 'Vendors', refs: ['vendor:default/fedach'] },
      { title: 'Post-mortems', refs: ['postmortem:default/2026-03-14-late'] },
    ]);
  });

  it('returns nothing for an entity without operational records', () => {
    expect(groupRecordRelations(undefined)).toEqual([]);
  });
});
