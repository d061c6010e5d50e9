import type { Entity } from '@backstage/catalog-model';
import { CatalogLookup } from '@readiness/plugin-alerts-common';
import { entityRefKey } from '@readiness/plugin-readiness-common';

/** Which jobs run on which services, both ways, by lower-case full ref. */
export interface ServiceJobs {
  /** A service's jobs: the job components that name it in `dependsOn`. */
  jobsOf(serviceRef: string): readonly string[];
  /** The services a job names in `dependsOn`. */
  servicesOf(jobRef: string): readonly string[];
}

const componentType = (entity: Entity | undefined) =>
  entity?.kind === 'Component' ? String(entity.spec?.type) : undefined;

/**
 * Links every job to the services it depends on. A service's operations and an alert's
 * post-mortems read these links, so the alerts on a service's jobs count as the service's.
 */
export function indexServiceJobs(
  catalog: readonly Entity[],
  lookup: CatalogLookup,
): ServiceJobs {
  const jobs = new Map<string, string[]>();
  const services = new Map<string, string[]>();
  for (const job of catalog) {
    if (componentType(job) !== 'job') continue;
    const jobRef = entityRefKey(job)!;
    const dependsOn = (job.spec?.dependsOn ?? []) as string[];
    for (const ref of dependsOn) {
      const service = lookup.get(ref, 'component');
      if (componentType(service) !== 'service') continue;
      const serviceRef = entityRefKey(service!)!;
      jobs.set(serviceRef, [...(jobs.get(serviceRef) ?? []), jobRef]);
      services.set(jobRef, [...(services.get(jobRef) ?? []), serviceRef]);
    }
  }
  return {
    jobsOf: serviceRef => jobs.get(serviceRef) ?? [],
    servicesOf: jobRef => services.get(jobRef) ?? [],
  };
}
