import useAsync from 'react-use/esm/useAsync';
import { Link, Progress } from '@backstage/core-components';
import { useApi } from '@backstage/frontend-plugin-api';
import { EntityRefLink } from '@backstage/plugin-catalog-react';
import { Box, Typography } from '@material-ui/core';
import { DateTime } from 'luxon';
import { alertsApiRef } from '../../api';
import type { OnCallPerson } from '@readiness/plugin-oncall-common';

function time(iso?: string): string {
  return iso ? DateTime.fromISO(iso).toLocaleString(DateTime.DATETIME_MED) : '';
}

function Person({ person }: { person: OnCallPerson }) {
  const name = person.userRef ? (
    <EntityRefLink entityRef={person.userRef}>{person.name}</EntityRefLink>
  ) : (
    person.name
  );
  return (
    <Typography variant="body2" component="span">
      {name}
      {person.scheduleName ? ` (${person.scheduleName}` : ''}
      {person.scheduleName && person.end ? `, until ${time(person.end)})` : ''}
      {person.scheduleName && !person.end ? ')' : ''}
    </Typography>
  );
}

/** Whole minutes from a sync time to now, on the clock the on-call backend's times are on. */
function minutesSince(iso: string): number {
  return Math.max(0, Math.round((Date.now() - Date.parse(iso)) / 60_000));
}

/** Who is on call now for an entity, when the on-call backend can tell. */
export function OnCallNow({
  entityRef,
  title,
}: {
  entityRef: string;
  title: string;
}) {
  const api = useApi(alertsApiRef);
  const onCall = useAsync(() => api.getOnCall(entityRef), [api, entityRef]);
  if (onCall.loading) return <Progress />;
  const result = onCall.value;
  if (!result || !result.available) {
    return (
      <Typography variant="body2" color="textSecondary">
        On-call data is not available: {result?.reason ?? String(onCall.error)}.
        Check PagerDuty for who is on call.
      </Typography>
    );
  }
  if (result.groups.length === 0) {
    return (
      <Typography variant="body2" color="textSecondary">
        No PagerDuty escalation policy is linked to {title} or its squad.
      </Typography>
    );
  }
  return (
    <Box>
      {result.groups.map(group => (
        <Box key={`${group.entityRef}-${group.escalationPolicy.id}`} mb={1}>
          <Typography variant="subtitle2">
            {group.escalationPolicy.url ? (
              <Link to={group.escalationPolicy.url}>
                {group.escalationPolicy.name}
              </Link>
            ) : (
              group.escalationPolicy.name
            )}
          </Typography>
          {group.levels.map(level => (
            <Box key={level.level} pl={1}>
              <Typography variant="body2" component="div">
                Level {level.level}:{' '}
                {level.now.length
                  ? level.now.map((person, index) => (
                      <span key={person.userId}>
                        {index > 0 && ', '}
                        <Person person={person} />
                      </span>
                    ))
                  : 'nobody on call'}
              </Typography>
              {level.next && (
                <Typography
                  variant="caption"
                  color="textSecondary"
                  component="div"
                >
                  Next: {level.next.person.name} from {time(level.next.start)}
                </Typography>
              )}
            </Box>
          ))}
        </Box>
      ))}
      <Typography variant="caption" color="textSecondary">
        {result.source === 'sandbox'
          ? 'From the PagerDuty sandbox (demo data)'
          : 'From PagerDuty'}
        {result.syncedAt !== undefined
          ? `, ${minutesSince(result.syncedAt)} min old`
          : ''}
        {result.stale ? ' (stale: PagerDuty has not answered lately)' : ''}
      </Typography>
    </Box>
  );
}
