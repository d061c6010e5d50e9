import { promises as fs } from 'fs';
import { join } from 'path';
import { parseAllDocuments } from 'yaml';

/**
 * The parts of the demo organisation (catalog-info/) that a PagerDuty account
 * mirrors: squads, people, services with PagerDuty annotations, paging alerts
 * and post-mortems.
 *
 * @public
 */
export interface DemoOrganisation {
  squads: DemoSquad[];
  users: DemoUser[];
  services: DemoService[];
  alerts: DemoAlert[];
  postmortems: DemoPostmortem[];
}

/**
 * A squad (catalog Group of type team) of the demo organisation.
 *
 * @public
 */
export interface DemoSquad {
  name: string;
  title: string;
  leadName?: string;
}

/**
 * A person of the demo organisation and the squads they belong to.
 *
 * @public
 */
export interface DemoUser {
  name: string;
  displayName: string;
  email: string;
  description?: string;
  groupNames: string[];
}

/**
 * A service of the demo organisation with its PagerDuty service id.
 *
 * @public
 */
export interface DemoService {
  name: string;
  description: string;
  ownerName: string;
  criticality?: string;
  serviceId: string;
  integrationKey?: string;
}

/**
 * A paging alert of the demo organisation and the PagerDuty service it pages.
 *
 * @public
 */
export interface DemoAlert {
  name: string;
  title: string;
  severity: string;
  serviceId: string;
}

/**
 * A post-mortem of the demo organisation, with the incidents it reviews.
 *
 * @public
 */
export interface DemoPostmortem {
  name: string;
  title: string;
  severity: string;
  ownerName: string;
  incidentIds: string[];
  serviceNames: string[];
  participantNames: string[];
  detectedAt: Date;
  mitigatedAt?: Date;
  resolvedAt: Date;
  timeline: Array<{ at: Date; event: string }>;
}

/**
 * The fields of a catalog entity the account is seeded from.
 *
 * @public
 */
export interface CatalogEntity {
  apiVersion?: string;
  kind: string;
  metadata: {
    name: string;
    title?: string;
    description?: string;
    annotations?: Record<string, string>;
  };
  spec?: Record<string, any>;
}

/** `group:default/ach-operations-squad` → `ach-operations-squad`. */
export function refName(ref: string): string {
  return ref.slice(ref.lastIndexOf(ref.includes('/') ? '/' : ':') + 1);
}

async function yamlFiles(dir: string): Promise<string[]> {
  const entries = await fs.readdir(dir, { withFileTypes: true });
  const nested = await Promise.all(
    entries.map(entry => {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) return yamlFiles(path);
      return /\.ya?ml$/.test(entry.name) ? [path] : [];
    }),
  );
  return nested.flat().sort();
}

async function readEntities(catalogDir: string): Promise<CatalogEntity[]> {
  const entities: CatalogEntity[] = [];
  for (const file of await yamlFiles(catalogDir)) {
    const text = await fs.readFile(file, 'utf8');
    for (const document of parseAllDocuments(text)) {
      if (document.errors.length > 0) {
        throw new Error(`${file}: ${document.errors[0].message}`);
      }
      const value = document.toJSON();
      // Plain YAML files (mkdocs.yml, taxonomy.yaml) are not entities.
      if (value?.kind && value?.metadata?.name) {
        entities.push(value);
      }
    }
  }
  return entities;
}

function date(value: unknown, field: string): Date {
  const parsed = new Date(String(value));
  if (Number.isNaN(parsed.getTime())) {
    throw new Error(`${field}: not a date (${value})`);
  }
  return parsed;
}

export async function readDemoOrganisation(
  catalogDir: string,
): Promise<DemoOrganisation> {
  return demoOrganisationFromEntities(await readEntities(catalogDir));
}

/**
 * What a PagerDuty account mirrors of an organisation's catalog entities; the
 * scale profile seeds its account from its generated entities through this too.
 */
export function demoOrganisationFromEntities(
  entities: CatalogEntity[],
): DemoOrganisation {
  const ofKind = (kind: string) =>
    entities.filter(entity => entity.kind === kind);

  const squads = ofKind('Group')
    .filter(group => group.spec?.type === 'team')
    .map(group => {
      const lead = group.metadata.annotations?.['readiness.dev/lead'];
      return {
        name: group.metadata.name,
        title:
          group.metadata.title ??
          group.spec?.profile?.displayName ??
          group.metadata.name,
        leadName: lead ? refName(lead) : undefined,
      };
    });

  const users = ofKind('User')
    .filter(user => user.spec?.profile?.email)
    .map(user => ({
      name: user.metadata.name,
      displayName: user.spec!.profile.displayName ?? user.metadata.name,
      email: user.spec!.profile.email,
      description: user.metadata.description,
      groupNames: (user.spec!.memberOf ?? []).map(refName),
    }));

  const services = ofKind('Component')
    .filter(
      component => component.metadata.annotations?.['pagerduty.com/service-id'],
    )
    .map(component => {
      const annotations = component.metadata.annotations!;
      return {
        name: component.metadata.name,
        description: component.metadata.description ?? '',
        ownerName: refName(String(component.spec?.owner ?? '')),
        criticality: annotations['readiness.dev/criticality'],
        serviceId: annotations['pagerduty.com/service-id'],
        integrationKey: annotations['pagerduty.com/integration-key'],
      };
    });

  const alerts = ofKind('Alert')
    .filter(alert => alert.spec?.paging && alert.spec?.pagerduty?.serviceId)
    .map(alert => ({
      name: alert.metadata.name,
      title: alert.metadata.title ?? alert.metadata.name,
      severity: String(alert.spec!.severity),
      serviceId: String(alert.spec!.pagerduty.serviceId),
    }));

  const postmortems = ofKind('Postmortem')
    .filter(record => (record.spec?.incidents ?? []).length > 0)
    .map(record => {
      const spec = record.spec!;
      const field = (name: string) =>
        `Postmortem ${record.metadata.name} spec.${name}`;
      return {
        name: record.metadata.name,
        title: record.metadata.title ?? record.metadata.name,
        severity: String(spec.severity),
        ownerName: refName(String(spec.owner)),
        incidentIds: spec.incidents.map(String),
        serviceNames: (spec.services ?? []).map(refName),
        participantNames: (spec.participants ?? []).map(refName),
        detectedAt: date(
          spec.detectedAt ?? spec.startedAt,
          field('detectedAt'),
        ),
        mitigatedAt: spec.mitigatedAt
          ? date(spec.mitigatedAt, field('mitigatedAt'))
          : undefined,
        resolvedAt: date(spec.resolvedAt, field('resolvedAt')),
        timeline: (spec.timeline ?? []).map(
          (item: { at: string; event: string }) => ({
            at: date(item.at, field('timeline.at')),
            event: item.event,
          }),
        ),
      };
    });

  return { squads, users, services, alerts, postmortems };
}
