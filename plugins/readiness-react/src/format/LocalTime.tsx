import { useReadinessClock } from '../useReadinessClock';
import { formatLocalTime, formatUtcTime } from './localTime';

/**
 * The portal's one way of showing a point in time: the viewer's local time naming its zone
 * ("Tue 14:00 BST"), and the same moment in UTC on hover.
 *
 * @public
 */
export function LocalTime(props: {
  at: string | Date;
  /** The page's "now", where it keeps its own clock; else the portal's. */
  now?: Date;
}) {
  const clock = useReadinessClock();
  const now = props.now ?? clock();
  const at = new Date(props.at);
  if (Number.isNaN(at.getTime())) return <>{String(props.at)}</>;
  return (
    <time dateTime={at.toISOString()} title={formatUtcTime(at)}>
      {formatLocalTime(at, now)}
    </time>
  );
}
