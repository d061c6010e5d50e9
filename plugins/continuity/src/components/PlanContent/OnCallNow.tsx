import useAsync from 'react-use/esm/useAsync';
import { useApi } from '@backstage/frontend-plugin-api';
import { Box, Typography } from '@material-ui/core';
import { continuityApiRef } from '../../api/ContinuityApi';

/**
 * Who is on call now for a squad in a call tree. Without the on-call service (not installed,
 * down, or no schedule for the squad) it says so and the call tree still reads.
 */
export function OnCallNow({ groupRef }: { groupRef: string }) {
  const api = useApi(continuityApiRef);
  const { value, loading, error } = useAsync(() => api.onCallNow(groupRef), [api, groupRef]);
  if (loading) {
    return (
      <Typography variant="caption" color="textSecondary">
        looking up who is on call…
      </Typography>
    );
  }
  if (error) {
    return (
      <Typography variant="caption" color="textSecondary">
        On call now is not available ({error.message})
      </Typography>
    );
  }
  const levels = (value ?? []).flatMap(group =>
    group.levels.map(level => ({ policy: group.escalationPolicy.name, ...level })),
  );
  const policies = new Set(levels.map(level => level.policy));
  if (levels.length === 0) {
    return (
      <Typography variant="caption" color="textSecondary">
        No PagerDuty schedule for this squad
      </Typography>
    );
  }
  return (
    <Box display="flex" flexDirection="column">
      {levels.map(level => (
        <Typography key={`${level.policy}-${level.level}`} variant="body2">
          Level {level.level}:{' '}
          <b>{level.now.length > 0 ? level.now.map(person => person.name).join(', ') : 'nobody'}</b>
          {policies.size > 1 && (
            <Typography variant="caption" color="textSecondary" component="span">
              {' '}
              ({level.policy})
            </Typography>
          )}
        </Typography>
      ))}
    </Box>
  );
}
