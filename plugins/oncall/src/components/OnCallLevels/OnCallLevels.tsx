import { Link } from '@backstage/core-components';
import { Text } from '@backstage/ui';
import { EntityTitleLink, LocalTime } from '@readiness/plugin-readiness-react';
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
    return <EntityTitleLink entityRef={person.userRef} title={person.name} />;
  }
  // A native title: the on-call page shows hundreds of names, too many for a tooltip each.
  return (
    <span title={`${person.email ?? person.name} is not in the catalog`}>
      {person.name}
    </span>
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
    <div>
      {level.now.length === 0 && (
        <Text as="div" variant="body-small" color="secondary">
          Nobody on call now
        </Text>
      )}
      {level.now.map(person => (
        <Text as="div" variant="body-small" key={person.userId}>
          <PersonName person={person} />
          {person.end && (
            <Text as="span" variant="body-x-small" color="secondary">
              {' '}
              until <Moment at={person.end} now={now} />
            </Text>
          )}
        </Text>
      ))}
      {level.next && (
        <Text as="div" variant="body-x-small" color="secondary">
          Next: <PersonName person={level.next.person} /> from{' '}
          <Moment at={level.next.start} now={now} />
        </Text>
      )}
    </div>
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
