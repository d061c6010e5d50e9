import { mockCredentials } from '@backstage/backend-test-utils';
import { ConfigReader } from '@backstage/config';
import {
  catalogEntityCreatePermission,
  catalogEntityDeletePermission,
  catalogEntityReadPermission,
  catalogEntityRefreshPermission,
  catalogLocationCreatePermission,
  catalogLocationDeletePermission,
  catalogLocationReadPermission,
} from '@backstage/plugin-catalog-common/alpha';
import {
  AuthorizeResult,
  createPermission,
  Permission,
  PolicyDecision,
} from '@backstage/plugin-permission-common';
import {
  actionExecutePermission,
  taskCreatePermission,
  taskReadPermission,
  templateParameterReadPermission,
} from '@backstage/plugin-scaffolder-common/alpha';
import { incidentTriggerPermission } from '@readiness/plugin-oncall-common';
import { vendorConfidentialReadPermission } from '@readiness/plugin-continuity-common';
import {
  scorecardApprovePermission,
  scorecardAttestationApprovePermission,
  scorecardAttestPermission,
  scorecardEvaluatePermission,
} from '@readiness/plugin-scorecards-common';
import { ReadinessPermissionPolicy } from './ReadinessPermissionPolicy';
import { readRoleGroups } from './roles';

/** The demo people, one per role, with the ownership refs sign-in gives them. */
const people = {
  engineer: ['user:default/ada.engineer', 'group:default/ach-operations-squad'],
  'squad lead': ['user:default/sam.lead', 'group:default/ach-operations-squad'],
  leader: ['user:default/lee.leader', 'group:default/leadership'],
  auditor: ['user:default/alex.auditor', 'group:default/auditors'],
};
type Person = keyof typeof people;

function policyFor(config: object = {}) {
  return new ReadinessPermissionPolicy({
    groups: readRoleGroups(new ConfigReader(config)),
    userInfo: {
      async getUserInfo(credentials) {
        const userEntityRef = (
          credentials.principal as { userEntityRef: string }
        ).userEntityRef;
        const refs = Object.values(people).find(r => r[0] === userEntityRef);
        return { userEntityRef, ownershipEntityRefs: refs ?? [userEntityRef] };
      },
    },
  });
}

async function decisionFor(
  person: Person,
  permission: Permission,
  policy = policyFor(),
): Promise<PolicyDecision> {
  const credentials = mockCredentials.user(people[person][0]);
  return policy.handle(
    { permission },
    {
      credentials,
      info: {
        userEntityRef: people[person][0],
        ownershipEntityRefs: people[person],
      },
    },
  );
}

const ALLOW = { result: AuthorizeResult.ALLOW };
const DENY = { result: AuthorizeResult.DENY };
const squadMember = (person: Person) => ({
  result: AuthorizeResult.CONDITIONAL,
  pluginId: 'scorecards',
  resourceType: 'readiness-scorecard-squad',
  conditions: {
    rule: 'isSquadMember',
    resourceType: 'readiness-scorecard-squad',
    params: { claims: people[person] },
  },
});
const relationshipOwner = (person: Person) => ({
  result: AuthorizeResult.CONDITIONAL,
  pluginId: 'continuity',
  resourceType: 'readiness-vendor',
  conditions: {
    rule: 'isRelationshipOwner',
    resourceType: 'readiness-vendor',
    params: { claims: people[person] },
  },
});

type DecisionByRole = Record<Person, (person: Person) => object>;

/** Everyone may, but the auditor. */
const allButAuditor: DecisionByRole = {
  engineer: () => ALLOW,
  'squad lead': () => ALLOW,
  leader: () => ALLOW,
  auditor: () => DENY,
};

/** Everyone may, the auditor too. */
const everyone: DecisionByRole = { ...allButAuditor, auditor: () => ALLOW };

/** The contract (issue 9): each permission's decision for each role. */
const expectations: Array<[Permission, DecisionByRole]> = [
  [incidentTriggerPermission, allButAuditor],
  [
    scorecardAttestPermission,
    {
      engineer: squadMember,
      'squad lead': squadMember,
      leader: squadMember,
      auditor: () => DENY,
    },
  ],
  [
    scorecardApprovePermission,
    {
      engineer: () => DENY,
      'squad lead': () => DENY,
      leader: () => ALLOW,
      auditor: () => DENY,
    },
  ],
  [
    scorecardAttestationApprovePermission,
    {
      engineer: () => DENY,
      'squad lead': () => DENY,
      leader: () => ALLOW,
      auditor: () => DENY,
    },
  ],
  [scorecardEvaluatePermission, allButAuditor],
  [
    vendorConfidentialReadPermission,
    {
      engineer: relationshipOwner,
      'squad lead': relationshipOwner,
      leader: () => ALLOW,
      auditor: () => ALLOW,
    },
  ],
  ...[
    taskCreatePermission,
    actionExecutePermission,
    catalogEntityCreatePermission,
    catalogEntityDeletePermission,
    catalogEntityRefreshPermission,
    catalogLocationCreatePermission,
    catalogLocationDeletePermission,
    // Any other plugin's change, by its action.
    createPermission({
      name: 'notifications.settings.update',
      attributes: { action: 'update' },
    }),
    createPermission({
      name: 'another.plugin.record.delete',
      attributes: { action: 'delete' },
    }),
  ].map(
    permission => [permission, allButAuditor] as [Permission, DecisionByRole],
  ),
  ...[
    catalogEntityReadPermission,
    catalogLocationReadPermission,
    taskReadPermission,
    templateParameterReadPermission,
  ].map(permission => [permission, everyone] as [Permission, DecisionByRole]),
];

describe('ReadinessPermissionPolicy', () => {
  describe.each(
    expectations.map(([permission, byRole]) => ({
      name: permission.name,
      permission,
      byRole,
    })),
  )('$name', ({ permission, byRole }) => {
    it.each(Object.keys(people) as Person[])('for the %s', async person => {
      expect(await decisionFor(person, permission)).toEqual(
        byRole[person](person),
      );
    });
  });

  it('reads the role groups from readiness.roles', async () => {
    const policy = policyFor({
      readiness: {
        roles: { leadership: 'auditors', auditors: 'group:default/nobody' },
      },
    });
    expect(
      await decisionFor('auditor', scorecardApprovePermission, policy),
    ).toEqual(ALLOW);
    expect(
      await decisionFor('leader', scorecardApprovePermission, policy),
    ).toEqual(DENY);
  });

  it('keeps auditors read-only when they also belong to leadership', async () => {
    const policy = policyFor({
      readiness: { roles: { leadership: 'group:default/auditors' } },
    });
    expect(
      await decisionFor('auditor', scorecardApprovePermission, policy),
    ).toEqual(DENY);
  });

  it('treats a request without a person as signed in, with no ownership', async () => {
    const policy = policyFor();
    expect(
      await policy.handle({ permission: scorecardAttestPermission }),
    ).toMatchObject({
      result: AuthorizeResult.CONDITIONAL,
      conditions: { params: { claims: [] } },
    });
    expect(
      await policy.handle({ permission: scorecardApprovePermission }),
    ).toEqual(DENY);
  });
});

describe('readRoleGroups', () => {
  it('defaults to the leadership and auditors groups', () => {
    expect(readRoleGroups(new ConfigReader({}))).toEqual({
      leadership: 'group:default/leadership',
      auditors: 'group:default/auditors',
    });
  });

  it('names the setting and the value when a ref is not a group', () => {
    expect(() =>
      readRoleGroups(
        new ConfigReader({ readiness: { roles: { auditors: 'user:alex' } } }),
      ),
    ).toThrow(
      'readiness.roles.auditors must be the ref of a Group, not a user (got "user:alex")',
    );
    expect(() =>
      readRoleGroups(
        new ConfigReader({
          readiness: { roles: { leadership: 'group:default/' } },
        }),
      ),
    ).toThrow(/^readiness\.roles\.leadership must be a group ref/);
  });
});
