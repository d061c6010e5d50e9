import useAsync from 'react-use/esm/useAsync';
import {
  Link,
  LinkButton,
  Progress,
  ResponseErrorPanel,
} from '@backstage/core-components';
import {
  discoveryApiRef,
  fetchApiRef,
  useApi,
} from '@backstage/frontend-plugin-api';
import { EntityRefLink } from '@backstage/plugin-catalog-react';
import { Box, Typography } from '@material-ui/core';
import type { OncallIncidentItem } from '@readiness/plugin-oncall-common';
import {
  PostmortemsClient,
  startPostmortemPath,
} from '@readiness/plugin-postmortems-common';
import { onCallApiRef } from '../../api';
import { useNow } from '../../hooks/useNow';
import { formatLocalTime } from '@readiness/plugin-readiness-react';

/** A resolved incident with the post-mortem that reviews it, if one does. */
interface ResolvedIncident {
  incident: OncallIncidentItem;
  review?: { ref: string; title: string };
}

/**
 * The latest resolved incidents of a service or a squad's services, each with its
 * post-mortem when one reviews it, or "Start a post-mortem" (the template, with the incident
 * picked) when none does.
 */
export function ResolvedIncidents(props: {
  entityRef: string;
  /** How many of the latest to list. */
  limit: number;
}) {
  const { entityRef, limit } = props;
  const onCallApi = useApi(onCallApiRef);
  const discoveryApi = useApi(discoveryApiRef);
  const fetchApi = useApi(fetchApiRef);
  const now = useNow();
  const { value, loading, error } = useAsync(async (): Promise<
    ResolvedIncident[]
  > => {
    const { items } = await onCallApi.getIncidents({
      entityRef,
      status: 'resolved',
      limit,
    });
    if (!items.length) return [];
    const postmortems = new PostmortemsClient({ discoveryApi, fetchApi });
    const reviews = await postmortems.listPostmortems({
      filters: { incident: items.map(incident => incident.id) },
      limit,
    });
    return items.map(incident => ({
      incident,
      review: reviews.items.find(row => row.incidents.includes(incident.id)),
    }));
  }, [onCallApi, discoveryApi, fetchApi, entityRef, limit]);

  if (error) return <ResponseErrorPanel error={error} />;
  if (loading || !value) return <Progress />;
  if (!value.length) {
    return (
      <Typography variant="body2" color="textSecondary">
        No resolved incidents.
      </Typography>
    );
  }
  return (
    <Box display="flex" flexDirection="column" style={{ gap: 8 }}>
      {value.map(({ incident, review }) => (
        <Box
          key={incident.id}
          display="flex"
          alignItems="center"
          style={{ gap: 12 }}
        >
          <Box flex={1} minWidth={0}>
            <Typography variant="body2">
              {incident.htmlUrl ? (
                <Link to={incident.htmlUrl}>#{incident.number}</Link>
              ) : (
                `#${incident.number}`
              )}{' '}
              {incident.title}
            </Typography>
            <Typography variant="caption" color="textSecondary">
              {incident.resolvedAt
                ? `Resolved ${formatLocalTime(incident.resolvedAt, now)}`
                : 'Resolved'}
            </Typography>
          </Box>
          {review ? (
            <Typography variant="body2" style={{ flexShrink: 0 }}>
              Reviewed:{' '}
              <EntityRefLink entityRef={review.ref}>
                {review.title}
              </EntityRefLink>
            </Typography>
          ) : (
            <LinkButton
              to={startPostmortemPath(incident)}
              variant="outlined"
              size="small"
              style={{ flexShrink: 0 }}
              aria-label={`Start a post-mortem of incident #${incident.number}`}
            >
              Start a post-mortem
            </LinkButton>
          )}
        </Box>
      ))}
    </Box>
  );
}
