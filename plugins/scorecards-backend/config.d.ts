import { SchedulerServiceTaskScheduleDefinitionConfig } from '@backstage/backend-plugin-api';

export interface Config {
  scorecards?: {
    /**
     * The CapabilityModel to score squads against, as an entity ref. Defaults to the first
     * CapabilityModel in the catalog by name.
     */
    model?: string;
    /** When squads are evaluated; every 6 hours by default, once across replicas. */
    schedule?: SchedulerServiceTaskScheduleDefinitionConfig;
    /**
     * Seeds a year of quarterly demo history (attestations, approvals, waivers and evaluations)
     * once, as soon as the catalog holds the model and squads. For the embedded demo only;
     * off by default.
     */
    demoHistory?: boolean;
  };
}
