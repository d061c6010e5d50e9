import type { Entity } from '@backstage/catalog-model';
import {
  readKnownEntityRefs,
  readValidRecordFiles,
} from './__fixtures__/testFixtures';
import { READINESS_KINDS } from './kinds';
import {
  checkReferences,
  listRecordRefs,
  READINESS_REF_FIELDS,
} from './references';

const records = readValidRecordFiles().flatMap(file =>
  file.documents.map(({ entity }) => entity),
);
const recordOf = (kind: string) =>
  structuredClone(records.find(record => record.kind === kind)!);

function postmortem(spec: Entity['spec']): Entity {
  return {
    apiVersion: 'readiness.dev/v1alpha1',
    kind: 'Postmortem',
    metadata: { name: 'pm' },
    spec,
  };
}

describe('listRecordRefs', () => {
  it('lists every ref with its field, declaration and parsed target', () => {
    expect(listRecordRefs(recordOf('Postmortem'))).toEqual([
      {
        declaration: { field: 'spec.owner', kinds: ['Group'] },
        field: 'spec.owner',
        ref: 'group:ach-operations-squad',
        target: {
          kind: 'group',
          namespace: 'default',
          name: 'ach-operations-squad',
        },
      },
      expect.objectContaining({
        field: 'spec.services[0]',
        ref: 'component:ach-origination-service',
      }),
      expect.objectContaining({
        field: 'spec.infrastructure[0]',
        ref: 'resource:fed-ach-sftp',
      }),
      expect.objectContaining({
        field: 'spec.participants[0]',
        ref: 'user:ada.engineer',
      }),
      expect.objectContaining({
        field: 'spec.participants[1]',
        ref: 'user:sam.lead',
      }),
      expect.objectContaining({
        field: 'spec.actions[0].owner',
        ref: 'group:platform-sre-squad',
      }),
    ]);
  });

  it('finds a ref for every declared field in the contract examples', () => {
    for (const kind of READINESS_KINDS) {
      const found = new Set(
        listRecordRefs(recordOf(kind)).map(
          ({ declaration }) => declaration.field,
        ),
      );
      expect([...found].sort()).toEqual(
        READINESS_REF_FIELDS[kind].map(({ field }) => field).sort(),
      );
    }
  });

  it('keeps malformed refs, without a target', () => {
    expect(
      listRecordRefs(postmortem({ owner: 'ach-operations-squad' })),
    ).toEqual([
      expect.objectContaining({
        field: 'spec.owner',
        ref: 'ach-operations-squad',
        target: undefined,
      }),
    ]);
  });

  it('skips values that are not strings, and other kinds', () => {
    expect(
      listRecordRefs(postmortem({ owner: 42, services: 'x', actions: [{}] })),
    ).toEqual([]);
    expect(
      listRecordRefs({
        apiVersion: 'backstage.io/v1alpha1',
        kind: 'Component',
        metadata: { name: 'c' },
        spec: { owner: 'group:a' },
      }),
    ).toEqual([]);
  });
});

describe('checkReferences', () => {
  it('accepts refs to known entities, in any casing or namespace form', () => {
    const record = postmortem({
      owner: 'Group:Default/ACH-Operations-Squad',
      services: ['component:ach-origination-service'],
    });
    expect(
      checkReferences(
        [record],
        [
          'group:ach-operations-squad',
          'component:default/ach-origination-service',
        ],
      ),
    ).toEqual([]);
  });

  it('knows the records it checks', () => {
    const exercise = recordOf('Exercise');
    const known = readKnownEntityRefs();
    expect(checkReferences([exercise], known)).toEqual([
      {
        entity: exercise,
        field: 'spec.plans[0]',
        message: 'continuityplan:ach-payments-continuity does not exist',
      },
    ]);
    const plan: Entity = {
      apiVersion: 'readiness.dev/v1alpha1',
      kind: 'ContinuityPlan',
      metadata: { name: 'ach-payments-continuity' },
    };
    expect(checkReferences([exercise, plan], known)).toEqual([]);
  });

  it('reports refs to entities that do not exist, and refs of the wrong kind', () => {
    const record = postmortem({
      owner: 'user:sam.lead',
      services: ['component:ghost', 'component:ach-origination-service'],
      actions: [{ owner: 'system:ach' }],
    });
    expect(
      checkReferences(
        [record],
        ['user:sam.lead', 'component:ach-origination-service', 'system:ach'],
      ).map(({ field, message }) => `${field}: ${message}`),
    ).toEqual([
      'spec.owner: must refer to a Group, got user:sam.lead',
      'spec.services[0]: component:ghost does not exist',
      'spec.actions[0].owner: must refer to a Group or User, got system:ach',
    ]);
  });

  it('does not look up other namespaces by default', () => {
    const record = postmortem({
      owner: 'group:ach-operations-squad',
      services: ['component:payments/ach-origination-service'],
    });
    expect(
      checkReferences(
        [record],
        ['group:ach-operations-squad', 'component:ach-origination-service'],
      ).map(({ message }) => message),
    ).toEqual(['component:payments/ach-origination-service does not exist']);
  });

  it('leaves malformed refs to validateRecord', () => {
    expect(
      checkReferences([postmortem({ owner: 'nobody', services: [] })], []),
    ).toEqual([]);
  });
});
