import { KeepDaysWhole } from '@readiness/plugin-readiness-react';
import { Flex, Text } from '@backstage/ui';
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
      <Text as="div" variant="body-small" color="danger">
        none
      </Text>
    );
  }
  return (
    <Flex direction="column" align="start" gap="1">
      <RecordRef entityRef={exercise.ref} />
      <Text as="div" variant="body-x-small" color="secondary">
        <KeepDaysWhole>{exercise.date}</KeepDaysWhole> ·{' '}
        {exercise.result ?? 'planned'}
      </Text>
    </Flex>
  );
}
