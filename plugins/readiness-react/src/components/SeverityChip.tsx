import { Chip } from '@material-ui/core';
import type { Severity } from '@readiness/plugin-readiness-common';

/**
 * The colour of each severity, shared by chips and charts.
 *
 * @public
 */
export const SEVERITY_COLORS: Record<Severity, string> = {
  critical: '#b71c1c',
  high: '#e65100',
  medium: '#f9a825',
  low: '#78909c',
};

/**
 * A record's severity as a coloured chip; nothing when it has none.
 *
 * @public
 */
export function SeverityChip(props: { severity?: Severity }) {
  const { severity } = props;
  if (!severity) return null;
  return (
    <Chip
      size="small"
      label={severity}
      style={{
        margin: 0,
        fontWeight: 500,
        backgroundColor: SEVERITY_COLORS[severity],
        color: severity === 'medium' ? '#000' : '#fff',
      }}
    />
  );
}
