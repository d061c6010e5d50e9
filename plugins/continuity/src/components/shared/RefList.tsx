import { Box, Typography } from '@material-ui/core';
import { RecordRef } from './RecordRef';

/**
 * Links to a few entities, and how many more there are; by the titles given (a record's answer
 * carries them), else by what the catalog presents.
 */
export function RefList({
  refs,
  max = 3,
  defaultKind,
  titles = {},
}: {
  refs: readonly string[];
  max?: number;
  defaultKind?: string;
  titles?: Readonly<Record<string, string>>;
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
        <RecordRef key={ref} entityRef={ref} defaultKind={defaultKind}>
          {titles[ref]}
        </RecordRef>
      ))}
      {refs.length > max && (
        <Typography variant="caption" color="textSecondary">
          and {refs.length - max} more
        </Typography>
      )}
    </Box>
  );
}
