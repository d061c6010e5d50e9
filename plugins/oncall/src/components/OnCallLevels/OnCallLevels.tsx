import { Link } from '@backstage/core-components';
import { EntityRefLink } from '@backstage/plugin-catalog-react';
import { Box, Tooltip, Typography } from '@material-ui/core';
import { LocalTime } from '@readiness/plugin-readiness-react';
import { formatRelativeTime } from '../../views/timeFormats';
import {
  OnCallGroup,
  OnCallGroupLevel,
  OnCallIdentity,
} from '@readiness/plugin-oncall-common';

/** Level 1 pages first (the primary), level 2 when it does not answer (the secondary). */
export function levelTitle(level: number): string {
  if (level === 1) {
    return 'Level 1 · primary';
  }
  if (level === 2) {
    return 'Level 2 · secondary';
  }
  return `Level ${level}`;
}

/** A person's name, linked to their catalog page when they have one. */
export function PersonName(props: { person: OnCallIdentity }) {
  const { person } = props;
  if (person.userRef) {
    return <EntityRefLink entityRef={person.userRef} title={person.name} />;
  }
  return (
    <Tooltip title={`${person.email ?? person.name} is not in the catalog`}>
      <span>{person.name}</span>
    </Tooltip>
  );
}

/** A moment in the viewer's time zone and how far away it is: "Tue 09:00 BST (in 3 h)". */
export function Moment(props: { at: string; now: Date }) {
  const { at, now } = props;
  return (
    <span>
      <LocalTime at={at} now={now} /> ({formatRelativeTime(at, now)})
    </span>
  );
}

/** Who is on call at one level now, until when, and who takes over next. */
export function LevelOnCall(props: { level: OnCallGroupLevel; now: Date }) {
  const { level, now } = props;
  return (
    <Box>
      {level.now.length === 0 && (
        <Typography variant="body2" color="textSecondary">
          Nobody on call now
        </Typography>
      )}
      {level.now.map(person => (
        <Typography variant="body2" key={person.userId}>
          <PersonName person={person} />
          {person.end && (
            <Typography
              component="span"
              variant="caption"
              color="textSecondary"
            >
              {' '}
              until <Moment at={person.end} now={now} />
            </Typography>
          )}
        </Typography>
      ))}
      {level.next && (
        <Typography variant="caption" color="textSecondary" component="div">
          Next: <PersonName person={level.next.person} /> from{' '}
          <Moment at={level.next.start} now={now} />
        </Typography>
      )}
    </Box>
  );
}

/** An escalation policy's name, linked to PagerDuty when its address is known. */
export function EscalationPolicyName(props: { group: OnCallGroup }) {
  const { escalationPolicy } = props.group;
  return escalationPolicy.url ? (
    <Link to={escalationPolicy.url}>{escalationPolicy.name}</Link>
  ) : (
    <>{escalationPolicy.name}</>
  );
}
