import { promises as fs } from 'node:fs';
import { dirname } from 'node:path';
import {
  BackstageCredentials,
  resolveSafeChildPath,
} from '@backstage/backend-plugin-api';
import { Entity, stringifyEntityRef } from '@backstage/catalog-model';
import { InputError } from '@backstage/errors';
import { CatalogService } from '@backstage/plugin-catalog-node';
import { createTemplateAction } from '@backstage/plugin-scaffolder-node';
import {
  CUSTOMER_IMPACT_BUCKETS,
  SEVERITIES,
} from '@readiness/plugin-readiness-common';
import { OncallLogEntriesReader } from './oncallLogEntries';
import {
  draftPostmortem,
  oncallIncidentSchema,
  postmortemDraftYaml,
  postmortemOwnerOf,
} from '@readiness/plugin-postmortems-common';

/** Where drafted post-mortems go in the records repository. */
export const POSTMORTEM_DRAFT_FOLDER = 'catalog-info/postmortems/self-serve';

const PAGERDUTY_SERVICE_ANNOTATION = 'pagerduty.com/service-id';

/**
 * Creates the `readiness:postmortem:draft` action: writes a draft Postmortem record for a
 * resolved PagerDuty incident (as the on-call API lists it), with the incident's PagerDuty
 * service mapped to its catalog service, that service's owner as the owning squad, and the
 * timeline drafted from the incident's PagerDuty log entries (from its times, with a note, when
 * the on-call backend cannot give them).
 *
 * @public
 */
export function createDraftPostmortemAction(options: {
  catalog: CatalogService;
  logEntries: OncallLogEntriesReader;
}) {
  const { catalog, logEntries } = options;
  return createTemplateAction({
    id: 'readiness:postmortem:draft',
    description:
      'Writes a draft post-mortem record pre-filled from a resolved PagerDuty incident',
    supportsDryRun: true,
    schema: {
      input: {
        incident: z =>
          oncallIncidentSchema(z).describe(
            'The incident, as GET /api/oncall/incidents lists it',
          ),
        customerImpact: z =>
          z
            .enum(CUSTOMER_IMPACT_BUCKETS)
            .describe('Share of active users affected'),
        severity: z =>
          z
            .enum(SEVERITIES)
            .optional()
            .describe("Else from the incident's urgency"),
        title: z => z.string().optional().describe("Else the incident's title"),
        summary: z => z.string().optional().describe('What happened, in brief'),
      },
      output: {
        name: z => z.string().describe('The record name'),
        entityRef: z => z.string().describe('The ref the record will have'),
        path: z => z.string().describe('The workspace path of the record file'),
        timelineSource: z =>
          z
            .enum(['log-entries', 'incident-times'])
            .describe(
              "Whether the timeline comes from the incident's PagerDuty log entries or only from its times",
            ),
      },
    },
    async handler(ctx) {
      const { incident } = ctx.input;
      if (incident.status !== 'resolved' || !incident.resolvedAt) {
        throw new InputError(
          `incident: ${incident.id} is ${incident.status}; post-mortems start from resolved incidents`,
        );
      }
      const credentials = await ctx.getInitiatorCredentials();
      const service = await findService(catalog, incident, credentials);
      const owner = postmortemOwnerOf(service);
      if (!owner) {
        throw new InputError(
          `${stringifyEntityRef(service)} has no owner to own the post-mortem`,
        );
      }
      const steps = await logEntries.read(incident.id, credentials);
      if (!steps.available) {
        ctx.logger.warn(
          `Drafting the timeline from the incident's times only: its log entries could not be read (${steps.reason})`,
        );
      }
      const draft = draftPostmortem(incident, {
        services: [stringifyEntityRef(service)],
        owner,
        customerImpact: ctx.input.customerImpact,
        severity: ctx.input.severity,
        title: ctx.input.title,
        summary: ctx.input.summary,
        logEntries: steps,
      });
      const path = `${POSTMORTEM_DRAFT_FOLDER}/${draft.metadata.name}.yaml`;
      const absolute = resolveSafeChildPath(ctx.workspacePath, path);
      await fs.mkdir(dirname(absolute), { recursive: true });
      await fs.writeFile(absolute, postmortemDraftYaml(draft), 'utf8');
      ctx.logger.info(`Wrote ${path} for incident ${incident.id}`);
      ctx.output('name', draft.metadata.name);
      ctx.output('entityRef', `postmortem:default/${draft.metadata.name}`);
      ctx.output('path', path);
      ctx.output(
        'timelineSource',
        steps.available ? 'log-entries' : 'incident-times',
      );
    },
  });
}

/**
 * The catalog service an incident's PagerDuty service maps to: the on-call API's mapping when it
 * names a component, else the component annotated with the PagerDuty service id.
 */
async function findService(
  catalog: CatalogService,
  incident: { id: string; serviceId?: string; entityRef?: string },
  credentials: BackstageCredentials,
): Promise<Entity> {
  if (incident.entityRef?.toLocaleLowerCase('en-US').startsWith('component:')) {
    const mapped = await catalog.getEntityByRef(incident.entityRef, {
      credentials,
    });
    if (mapped) return mapped;
  }
  if (incident.serviceId) {
    const { items } = await catalog.getEntities(
      {
        filter: {
          kind: 'Component',
          [`metadata.annotations.${PAGERDUTY_SERVICE_ANNOTATION}`]:
            incident.serviceId,
        },
      },
      { credentials },
    );
    if (items.length) return items[0];
  }
  throw new InputError(
    `incident: no catalog service maps to PagerDuty service ${
      incident.serviceId ?? '(none)'
    } of incident ${
      incident.id
    }; annotate the service with ${PAGERDUTY_SERVICE_ANNOTATION}`,
  );
}
