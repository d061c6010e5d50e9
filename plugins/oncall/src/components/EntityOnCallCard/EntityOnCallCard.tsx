import useAsync from 'react-use/esm/useAsync';
import {
  InfoCard,
  Link,
  Progress,
  ResponseErrorPanel,
} from '@backstage/core-components';
import { useApi } from '@backstage/frontend-plugin-api';
import { stringifyEntityRef } from '@backstage/catalog-model';
import { useEntity } from '@backstage/plugin-catalog-react';
import { Box, Divider, Typography } from '@material-ui/core';
import type { OnCallApi } from '@readiness/plugin-oncall-common';
import { onCallApiRef } from '../../api';
import { useNow } from '../../hooks/useNow';
import { DataStatusBanner } from '../DataStatusBanner';
import { ResolvedIncidents } from '../ResolvedIncidents';
import {
  EscalationPolicyName,
  LevelOnCall,
  levelTitle,
} from '../OnCallLevels';

/** The first few open incidents shown by name on the card. */
const LISTED_INCIDENTS = 5;

/** The latest resolved incidents shown on the card, to start their post-mortems. */
const LISTED_RESOLVED = 3;

async function loadOpenIncidents(onCallApi: OnCallApi, entityRef: string) {
  const [triggered, acknowledged] = await Promise.all([
    onCallApi.getIncidents({ entityRef, status: 'triggered' }),
    onCallApi.getIncidents({ entityRef, status: 'acknowledged' }),
  ]);
  return {
    triggered: triggered.total,
    acknowledged: acknowledged.total,
    listed: [...triggered.items, ...acknowledged.items]
      .sort((a, b) => b.createdAt.localeCompare(a.createdAt))
      .slice(0, LISTED_INCIDENTS),
  };
}

function OpenIncidents(props: { entityRef: string }) {
  const onCallApi = useApi(onCallApiRef);
  const { value, loading, error } = useAsync(
    () => loadOpenIncidents(onCallApi, props.entityRef),
    [onCallApi, props.entityRef],
  );
  if (error) {
    return <ResponseErrorPanel error={error} />;
  }
  if (loading || !value) {
    return <Progress />;
  }
  const open = value.triggered + value.acknowledged;
  return (
    <Box>
      <Typography variant="h6" component="p">
        {open === 1 ? '1 open incident' : `${open} open incidents`}
      </Typography>
      {open > 0 && (
        <Typography variant="caption" color="textSecondary" component="p">
          {value.triggered} triggered, {value.acknowledged} acknowledged
        </Typography>
      )}
      {value.listed.map(incident => (
        <Typography variant="body2" key={incident.id}>
          {incident.htmlUrl ? (
            <Link to={incident.htmlUrl}>#{incident.number}</Link>
          ) : (
            `#${incident.number}`
          )}{' '}
          {incident.title}{' '}
          <Typography component="span" variant="caption" color="textSecondary">
            ({incident.status})
          </Typography>
        </Typography>
      ))}
    </Box>
  );
}

/**
 * Who is on call for a squad or a service now, per escalation level, who is
 * next, its open incidents and its latest resolved ones, each with its post-mortem or a start
 * of one.
 */
export function EntityOnCallCard() {
  const { entity } = useEntity();
  const entityRef = stringifyEntityRef(entity);
  const onCallApi = useApi(onCallApiRef);
  const now = useNow();
  const { value, loading, error } = useAsync(
    () => onCallApi.getEntityOnCall(entityRef),
    [onCallApi, entityRef],
  );

  return (
    <InfoCard title="On call" subheader="From PagerDuty">
      {loading && <Progress />}
      {error && <ResponseErrorPanel error={error} />}
      {value && (
        <>
          <DataStatusBanner status={value.status} now={now} />
          {value.items.length === 0 && (
            <Typography variant="body2" color="textSecondary">
              No PagerDuty escalation policy is linked to this{' '}
              {entity.kind === 'Group' ? 'squad' : 'service'}.
            </Typography>
          )}
          {value.items.map(group => (
            <Box key={group.escalationPolicy.id} mb={2}>
              <Typography variant="subtitle2" component="h3">
                Escalation policy <EscalationPolicyName group={group} />
              </Typography>
              {group.levels.map(level => (
                <Box key={level.level} display="flex" mt={1} style={{ gap: 16 }}>
                  <Box width={150} flexShrink={0}>
                    <Typography variant="body2" color="textSecondary">
                      {levelTitle(level.level)}
                    </Typography>
                  </Box>
                  <LevelOnCall level={level} now={now} />
                </Box>
              ))}
            </Box>
          ))}
        </>
      )}
      <Divider style={{ margin: '12px 0' }} />
      <OpenIncidents entityRef={entityRef} />
      <Typography variant="subtitle2" component="h3" style={{ marginTop: 12 }}>
        Recently resolved
      </Typography>
      <ResolvedIncidents entityRef={entityRef} limit={LISTED_RESOLVED} />
    </InfoCard>
  );
}
