import { Chip, makeStyles } from '@material-ui/core';
import type { CheckStatus } from '@readiness/plugin-scorecards-common';

/** Heat-map colours: readable on both themes, and named in text too (never colour alone). */
export const STATUS_COLORS: Record<CheckStatus, string> = {
  pass: '#2e7d32',
  fail: '#c62828',
  waived: '#ef8f00',
  'no-data': '#757575',
};

export const STATUS_LABELS: Record<CheckStatus, string> = {
  pass: 'Pass',
  fail: 'Fail',
  waived: 'Waived',
  'no-data': 'No data',
};

const useStyles = makeStyles({
  chip: { color: '#fff', fontWeight: 600 },
});

export function StatusChip(props: { status: CheckStatus }) {
  const classes = useStyles();
  return (
    <Chip
      size="small"
      className={classes.chip}
      style={{ backgroundColor: STATUS_COLORS[props.status] }}
      label={STATUS_LABELS[props.status]}
    />
  );
}

/** "Level 1 · Foundational", or "Level 0" before the first level. */
export function levelLabel(level: number | undefined, name?: string): string {
  if (level === undefined) return 'Not evaluated yet';
  return name ? `Level ${level} · ${name}` : `Level ${level}`;
}

/** The message of a failed API call: the backend's own words when it gave them. */
export function errorMessage(error: unknown): string {
  const body = (error as { body?: { error?: { message?: string } } }).body;
  return body?.error?.message ?? (error as Error).message;
}
