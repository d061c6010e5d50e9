import { Entity, stringifyEntityRef } from '@backstage/catalog-model';
import { generateScaleProfile } from './generateScaleProfile';
import { perSquad, SCALE_PROFILES, ScaleProfile } from './profiles';
import { groupByKind } from './slice';

// Profile XL is generated in full: seconds, not milliseconds.
jest.setTimeout(300_000);

/** The totals that grow with the organisation (not its shape per squad). */
function totals(profile: ScaleProfile) {
  return {
    squads: profile.squads,
    components: profile.components,
    alerts: profile.alerts,
    procedures: profile.procedures,
    vendors: profile.vendors,
    continuityPlans: profile.continuityPlans,
    exercises: profile.exercises,
    postmortems: profile.postmortems,
    pagerDutySquads: profile.pagerDuty.squads,
    pagerDutyServices: profile.pagerDuty.services,
    pagerDutySchedules: profile.pagerDuty.schedules,
  };
}

function scaled(profile: ScaleProfile, factor: number) {
  return Object.fromEntries(
    Object.entries(totals(profile)).map(([key, value]) => [
      key,
      value * factor,
    ]),
  );
}

function countByKind(entities: Entity[]): Record<string, number> {
  return Object.fromEntries(
    [...groupByKind(entities)].map(([kind, ofKind]) => [kind, ofKind.length]),
  );
}

describe('SCALE_PROFILES', () => {
  it('has M at half of L and XL at twice L, with the same shape per squad', () => {
    const { M, L, XL } = SCALE_PROFILES;
    expect(totals(M)).toEqual(scaled(L, 0.5));
    expect(totals(XL)).toEqual(scaled(L, 2));
    for (const profile of [M, XL]) {
      expect(profile.usersPerSquad).toBe(L.usersPerSquad);
      expect(profile.jobsPerSquad).toBe(L.jobsPerSquad);
      expect(profile.historyMonths).toBe(L.historyMonths);
      expect(perSquad(profile)).toMatchObject({
        components: perSquad(L).components,
        alertsPerComponent: perSquad(L).alertsPerComponent,
        pagedServices: perSquad(L).pagedServices,
      });
    }
  });

  it('generates XL in full: twice L of every kind, every name unique, the account doubled', () => {
    const xl = SCALE_PROFILES.XL;
    const { entities, pagerDuty } = generateScaleProfile({
      profile: 'XL',
      seed: 42,
    });
    expect(countByKind(entities)).toMatchObject({
      Group: xl.squads + 1,
      User: xl.squads * xl.usersPerSquad,
      Component: xl.components,
      Alert: xl.alerts,
      Procedure: xl.procedures,
      Vendor: xl.vendors,
      ContinuityPlan: xl.continuityPlans,
      Exercise: xl.exercises,
      Postmortem: xl.postmortems,
      Domain: xl.domains,
    });
    expect(new Set(entities.map(e => stringifyEntityRef(e))).size).toBe(
      entities.length,
    );
    expect(pagerDuty.organisation.services).toHaveLength(xl.pagerDuty.services);
  });
});
