/**
 * How many records of each kind a scale profile has. Profile L is the size
 * the architecture's budgets are measured at; M and XL, half and twice L, show
 * how the figures grow with the size.
 *
 * @public
 */
export interface ScaleProfile {
  /** Groups of type team, spread evenly over the domains. */
  squads: number;
  domains: number;
  usersPerSquad: number;
  /** Services and jobs, the same number per squad. */
  components: number;
  /** Of each squad's components, how many are batch jobs. */
  jobsPerSquad: number;
  alerts: number;
  procedures: number;
  vendors: number;
  continuityPlans: number;
  exercises: number;
  postmortems: number;
  /** Months of post-mortems and PagerDuty incidents before the reference date. */
  historyMonths: number;
  pagerDuty: {
    /** Squads with a rota; the others are not on call. */
    squads: number;
    services: number;
    /** One per single rota, two per paired rota. */
    schedules: number;
  };
}

/**
 * The profiles by name.
 *
 * @public
 */
export const SCALE_PROFILES = {
  /** Half of L: a mid-sized adopter, the first point of the growth curve. */
  M: {
    squads: 200,
    domains: 10,
    usersPerSquad: 8,
    components: 2_000,
    jobsPerSquad: 3,
    alerts: 20_000,
    procedures: 2_000,
    vendors: 250,
    continuityPlans: 150,
    exercises: 500,
    postmortems: 5_000,
    historyMonths: 18,
    pagerDuty: { squads: 100, services: 500, schedules: 150 },
  },
  L: {
    squads: 400,
    domains: 20,
    usersPerSquad: 8,
    components: 4_000,
    jobsPerSquad: 3,
    alerts: 40_000,
    procedures: 4_000,
    vendors: 500,
    continuityPlans: 300,
    exercises: 1_000,
    postmortems: 10_000,
    historyMonths: 18,
    pagerDuty: { squads: 200, services: 1_000, schedules: 300 },
  },
  /**
   * Twice L: the organisation and its PagerDuty account doubled over the same 20 domains (the
   * vocabulary has 20), so each domain has 40 squads rather than 20.
   */
  XL: {
    squads: 800,
    domains: 20,
    usersPerSquad: 8,
    components: 8_000,
    jobsPerSquad: 3,
    alerts: 80_000,
    procedures: 8_000,
    vendors: 1_000,
    continuityPlans: 600,
    exercises: 2_000,
    postmortems: 20_000,
    historyMonths: 18,
    pagerDuty: { squads: 400, services: 2_000, schedules: 600 },
  },
} satisfies Record<string, ScaleProfile>;

/**
 * The name of a scale profile.
 *
 * @public
 */
export type ScaleProfileName = keyof typeof SCALE_PROFILES;

/** Tells whether a name is a known profile, e.g. for the CLI's --profile. */
export function isScaleProfileName(name: string): name is ScaleProfileName {
  return Object.prototype.hasOwnProperty.call(SCALE_PROFILES, name);
}

function per(total: number, parts: number, what: string): number {
  if (total % parts !== 0) {
    throw new Error(`${what}: ${total} does not divide evenly by ${parts}`);
  }
  return total / parts;
}

/** What a profile's totals mean per squad; throws when they do not divide evenly. */
export function perSquad(profile: ScaleProfile) {
  const { squads, pagerDuty } = profile;
  const components = per(profile.components, squads, 'components per squad');
  const pagedServices = per(
    pagerDuty.services,
    pagerDuty.squads,
    'PagerDuty services per on-call squad',
  );
  const pairedRotas = pagerDuty.schedules - pagerDuty.squads;
  if (
    pairedRotas < 0 ||
    pairedRotas > pagerDuty.squads ||
    pagerDuty.squads > squads
  ) {
    throw new Error(
      `${pagerDuty.schedules} schedules cannot come from ${pagerDuty.squads} on-call squads of one or two schedules each`,
    );
  }
  if (pagedServices > components - profile.jobsPerSquad) {
    throw new Error('more PagerDuty services per squad than services');
  }
  return {
    components,
    services: components - profile.jobsPerSquad,
    alertsPerComponent: per(
      profile.alerts,
      profile.components,
      'alerts per component',
    ),
    proceduresPerComponent: per(
      profile.procedures,
      profile.components,
      'procedures per component',
    ),
    squadsPerDomain: per(squads, profile.domains, 'squads per domain'),
    pagedServices,
    pairedRotas,
  };
}
