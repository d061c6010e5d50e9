import { Flex, Link, Text } from '@backstage/ui';
import {
  RECOVERY_STATUS_LABELS,
  RECOVERY_STATUSES,
  RecoveryStatus,
} from '@readiness/plugin-continuity-common';
import { recoveryListHref } from '../../home/recoveryRows';
import { RECOVERY_STATUS_COLORS } from '../shared/RecoveryStatusText';

/**
 * How many plans are in each recovery status, each count linking to the plans list filtered
 * to it.
 */
export function RecoveryOverview({
  counts,
  label = 'Recovery of the plans',
}: {
  counts: Record<RecoveryStatus, number>;
  label?: string;
}) {
  return (
    <Flex
      gap="5"
      align="baseline"
      style={{ flexWrap: 'wrap' }}
      aria-label={label}
      role="group"
    >
      <Text variant="body-small" weight="bold">
        {label}
      </Text>
      {RECOVERY_STATUSES.map(status => (
        <Link
          key={status}
          href={recoveryListHref(status)}
          variant="body-small"
          color={
            counts[status] > 0 ? RECOVERY_STATUS_COLORS[status] : 'secondary'
          }
          data-recovery-count={status}
        >
          {counts[status]}{' '}
          {RECOVERY_STATUS_LABELS[status].toLocaleLowerCase('en-US')}
        </Link>
      ))}
    </Flex>
  );
}
