import { SchedulerServiceTaskScheduleDefinitionConfig } from '@backstage/backend-plugin-api';

export interface Config {
  techdocs?: {
    prebuild?: {
      /** Building the sites never built: 20 s after start, then every minute by default. */
      missing?: { schedule?: SchedulerServiceTaskScheduleDefinitionConfig };
      /** Rebuilding every site: every 30 minutes by default. */
      all?: { schedule?: SchedulerServiceTaskScheduleDefinitionConfig };
    };
  };
}
