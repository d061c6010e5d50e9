import { Box, Link, Typography } from '@material-ui/core';
import { RecordRef } from './RecordRef';
import { Person } from '@readiness/plugin-continuity-common';

/** A user or group named in a record, with the e-mail the catalog has for them. */
export function PersonCell({
  entityRef,
  people,
}: {
  entityRef: string;
  people: Record<string, Person>;
}) {
  const person = people[entityRef];
  return (
    <Box display="flex" flexDirection="column">
      <RecordRef entityRef={entityRef} defaultKind="user">
        {person?.title}
      </RecordRef>
      {person?.email && (
        <Typography variant="caption">
          <Link href={`mailto:${person.email}`}>{person.email}</Link>
        </Typography>
      )}
    </Box>
  );
}
