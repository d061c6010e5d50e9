import {
  InfoCard,
  Progress,
  ResponseErrorPanel,
} from '@backstage/core-components';
import { useApi } from '@backstage/frontend-plugin-api';
import { stringifyEntityRef } from '@backstage/catalog-model';
import { useEntity } from '@backstage/plugin-catalog-react';
import { Box, makeStyles, Typography } from '@material-ui/core';
import useAsync from 'react-use/esm/useAsync';
import { scorecardsApiRef } from '../../api';
import { levelLabel, StatusChip } from '../common';

const useStyles = makeStyles(theme => ({
  level: { fontSize: '1.75rem', fontWeight: 700 },
  blockers: {
    margin: theme.spacing(1, 0, 0),
    paddingLeft: 0,
    listStyle: 'none',
  },
  blocker: {
    display: 'flex',
    alignItems: 'center',
    gap: theme.spacing(1),
    padding: theme.spacing(0.5, 0),
  },
}));

/** A squad's level at a glance on its overview: the level, what blocks the next, attestations due. */
export function SquadScorecardCard() {
  const classes = useStyles();
  const { entity } = useEntity();
  const api = useApi(scorecardsApiRef);
  const squadRef = stringifyEntityRef(entity);
  const { value, loading, error } = useAsync(
    () => api.getSquadScorecard(squadRef),
    [api, squadRef],
  );

  return (
    <section aria-label="Capability scorecard">
      <InfoCard
        title="Capability scorecard"
        deepLink={{ title: 'Open the scorecard', link: 'scorecard' }}
      >
        {loading && <Progress />}
        {error && <ResponseErrorPanel error={error} />}
        {value && (
          <>
            <Typography className={classes.level}>
              {levelLabel(
                value.level?.level,
                value.model.levels.find(l => l.level === value.level?.level)
                  ?.name,
              )}
            </Typography>
            <Typography variant="body2" color="textSecondary">
              {value.attestationsDue.length} attestation
              {value.attestationsDue.length === 1 ? '' : 's'} due
              {value.evaluatedAt &&
                ` · evaluated ${new Date(
                  value.evaluatedAt,
                ).toLocaleDateString()}`}
            </Typography>
            {value.level?.next && (
              <Box mt={2}>
                <Typography variant="subtitle2">
                  Blocking level {value.level.next.level} ·{' '}
                  {value.level.next.name} ({value.level.next.blockers.length})
                </Typography>
                <ul className={classes.blockers}>
                  {value.level.next.blockers.slice(0, 5).map(blocker => (
                    <li key={blocker.checkId} className={classes.blocker}>
                      <StatusChip status={blocker.status} />
                      <Typography variant="body2">{blocker.title}</Typography>
                    </li>
                  ))}
                </ul>
              </Box>
            )}
          </>
        )}
      </InfoCard>
    </section>
  );
}
