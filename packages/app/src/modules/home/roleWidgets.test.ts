import { widgetsForRoles } from './roleWidgets';

const widgets = [
  { name: 'Welcome' },
  { name: 'MyOnCallShifts' },
  { name: 'LevelDistribution' },
  { name: 'ReviewsDue' },
];
const byRole = {
  member: ['MyOnCallShifts'],
  leader: ['LevelDistribution'],
  auditor: ['ReviewsDue'],
};
const names = (roles: string[]) =>
  widgetsForRoles(widgets, byRole, roles).map(widget => widget.name);

describe('widgetsForRoles', () => {
  it("shows a role's widgets and the ones no role claims", () => {
    expect(names(['member'])).toEqual(['Welcome', 'MyOnCallShifts']);
    expect(names(['auditor'])).toEqual(['Welcome', 'ReviewsDue']);
  });

  it('shows the union to a person in several roles', () => {
    expect(names(['leader', 'member'])).toEqual([
      'Welcome',
      'MyOnCallShifts',
      'LevelDistribution',
    ]);
  });

  it('shows only the shared widgets while the roles are unknown', () => {
    expect(names([])).toEqual(['Welcome']);
  });
});
