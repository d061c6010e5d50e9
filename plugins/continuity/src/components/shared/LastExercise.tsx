import { Box, Typography } from '@material-ui/core';
import { ContinuityPlanRow } from '@readiness/plugin-continuity-common';
import { RecordRef } from './RecordRef';

/** The latest exercise that names a plan: which, when and its result; "none" stands out. */
export function LastExercise({
  exercise,
}: {
  exercise: ContinuityPlanRow['lastExercise'];
}) {
  if (!exercise) {
    return (
      <Typography variant="body2" color="error">
        none
      </Typography>
    );
  }
  return (
    <Box display="flex" flexDirection="column">
      <RecordRef entityRef={exercise.ref} />
      <Typography variant="caption" color="textSecondary">
        {exercise.date} · {exercise.result ?? 'planned'}
      </Typography>
    </Box>
  );
}
