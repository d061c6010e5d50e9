import { Box, Typography } from '@material-ui/core';
import { RecordRef } from './RecordRef';

/** Links to a few entities, and how many more there are. */
export function RefList({
  refs,
  max = 3,
  defaultKind,
}: {
  refs: readonly string[];
  max?: number;
  defaultKind?: string;
}) {
  if (refs.length === 0) {
    return (
      <Typography variant="body2" color="textSecondary">
        none
      </Typography>
    );
  }
  return (
    <Box display="flex" flexDirection="column">
      {refs.slice(0, max).map(ref => (
        <RecordRef key={ref} entityRef={ref} defaultKind={defaultKind} />
      ))}
      {refs.length > max && (
        <Typography variant="caption" color="textSecondary">
          and {refs.length - max} more
        </Typography>
      )}
    </Box>
  );
}
