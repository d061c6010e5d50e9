import { rolesOf } from './roles';

const groups = {
  leadership: 'group:default/leadership',
  auditors: 'group:default/auditors',
};

describe('rolesOf', () => {
  it('makes a squad member a member', () => {
    expect(
      rolesOf(['user:default/ada', 'group:default/ACH-operations-squad'], groups),
    ).toEqual(['member']);
  });

  it('gives the union to a person in several roles', () => {
    expect(
      rolesOf(
        ['user:default/sam', 'group:default/leadership', 'group:default/cards-squad'],
        groups,
      ),
    ).toEqual(['leader', 'member']);
    expect(
      rolesOf(['user:default/kim', 'group:default/auditors', 'group:default/leadership'], groups),
    ).toEqual(['auditor', 'leader']);
  });

  it('keeps leaders and auditors outside any squad out of the member role', () => {
    expect(rolesOf(['user:default/lee', 'group:default/leadership'], groups)).toEqual(['leader']);
    expect(rolesOf(['user:default/alex', 'group:default/Auditors'], groups)).toEqual(['auditor']);
  });

  it('treats someone in no group as a member', () => {
    expect(rolesOf(['user:default/new.joiner'], groups)).toEqual(['member']);
  });
});
