import { Text } from '@backstage/ui';
import {
  RECOVERY_STATUS_LABELS,
  RecoveryStatus,
} from '@readiness/plugin-continuity-common';

/** The colour each recovery status reads in: a breach is danger, proof is success. */
export const RECOVERY_STATUS_COLORS = {
  breached: 'danger',
  'at-risk': 'warning',
  unproven: 'info',
  proven: 'success',
} as const satisfies Record<RecoveryStatus, string>;

/** A plan's recovery status as a bold coloured word, the same in lists and on the plan. */
export function RecoveryStatusText({ status }: { status: RecoveryStatus }) {
  return (
    <Text
      as="span"
      variant="body-small"
      weight="bold"
      color={RECOVERY_STATUS_COLORS[status]}
      data-recovery-status={status}
    >
      {RECOVERY_STATUS_LABELS[status]}
    </Text>
  );
}
