import {
  discoveryApiRef,
  fetchApiRef,
  useApi,
} from '@backstage/frontend-plugin-api';
import { Progress, WarningPanel } from '@backstage/core-components';
import { catalogApiRef } from '@backstage/plugin-catalog-react';
import { makeFieldSchema } from '@backstage/plugin-scaffolder-react';
import { Box, Typography } from '@material-ui/core';
import { OnCallClient } from '@readiness/plugin-oncall-common';
import {
  draftPostmortem,
  OncallIncident,
  postmortemOwnerOf,
  readIncidentLogEntries,
  utcDate,
} from '@readiness/plugin-postmortems-common';
import type {
  CustomerImpactBucket,
  Severity,
} from '@readiness/plugin-readiness-common';
import { useReadinessClock } from '@readiness/plugin-readiness-react';
import useAsync from 'react-use/esm/useAsync';
import { PostmortemView } from '../PostmortemContent';

/** The preview shows; it holds no value of its own. */
export const PostmortemDraftPreviewSchema = makeFieldSchema({
  output: z => z.string().optional(),
});

/** The "Start a post-mortem" form's values the draft is made from. */
interface DraftFormValues {
  incident?: OncallIncident;
  customerImpact?: CustomerImpactBucket;
  severity?: Severity;
  title?: string;
  summary?: string;
}

/**
 * The draft post-mortem as it will read once written: the record the template's
 * `readiness:postmortem:draft` action makes from the form's values, drafted here the same way
 * (the incident's service, that service's squad, the timeline from its PagerDuty log entries)
 * and shown section by section as the post-mortem page shows it.
 */
export function PostmortemDraftPreview(
  props: typeof PostmortemDraftPreviewSchema.TProps,
) {
  const values = (props.formContext?.formData ?? {}) as DraftFormValues;
  const { incident, customerImpact, severity, title, summary } = values;
  const catalogApi = useApi(catalogApiRef);
  const discoveryApi = useApi(discoveryApiRef);
  const fetchApi = useApi(fetchApiRef);
  const clock = useReadinessClock();

  const draft = useAsync(async () => {
    if (!incident?.id || !customerImpact) return undefined;
    const service = incident.entityRef
      ? await catalogApi.getEntityByRef(incident.entityRef)
      : undefined;
    const owner = service && postmortemOwnerOf(service);
    if (!service || !owner) {
      throw new Error(
        `incident ${labelOf(incident)} maps to no catalog service with an owner`,
      );
    }
    const client = new OnCallClient({ discoveryApi, fetchApi });
    return draftPostmortem(incident, {
      services: [incident.entityRef!],
      owner,
      customerImpact,
      severity,
      title,
      summary,
      logEntries: await readIncidentLogEntries(client, incident.id),
    });
  }, [
    catalogApi,
    discoveryApi,
    fetchApi,
    incident?.id,
    customerImpact,
    severity,
    title,
    summary,
  ]);

  if (!incident?.id || !customerImpact) {
    return (
      <Typography color="textSecondary">
        Pick the incident and its customer impact on the first page to see the
        draft.
      </Typography>
    );
  }
  if (draft.loading) return <Progress />;
  if (draft.error || !draft.value) {
    return (
      <WarningPanel title="Cannot draft this post-mortem yet">
        {draft.error?.message}
      </WarningPanel>
    );
  }
  return (
    <Box>
      <Typography variant="h5" component="h2" gutterBottom>
        {draft.value.metadata.title}
      </Typography>
      <Typography variant="body2" color="textSecondary" paragraph>
        The draft as it will read, record {draft.value.metadata.name}. The
        sections left empty are yours to write before publishing, within three
        days of resolution.
      </Typography>
      <PostmortemView postmortem={draft.value} today={utcDate(clock())} />
    </Box>
  );
}

function labelOf(incident: OncallIncident) {
  return incident.number ? `#${incident.number}` : incident.id;
}
