import { Chip, makeStyles, Tooltip } from '@material-ui/core';
import type {
  ActionStatus,
  PostmortemStatus,
  PublicationTimeliness,
  Severity,
} from '@readiness/plugin-readiness-common';
import { describePublication } from './format';

/** Severity colours, shared by chips and charts. */
export const SEVERITY_COLORS: Record<Severity, string> = {
  critical: '#b71c1c',
  high: '#e65100',
  medium: '#f9a825',
  low: '#78909c',
};

const useStyles = makeStyles(theme => ({
  chip: { margin: 0, fontWeight: 500 },
  good: {
    backgroundColor: theme.palette.success?.main ?? '#2e7d32',
    color: '#fff',
  },
  bad: { backgroundColor: theme.palette.error.main, color: '#fff' },
  pending: {
    backgroundColor: theme.palette.info?.main ?? '#0277bd',
    color: '#fff',
  },
}));

export function SeverityChip({ severity }: { severity?: Severity }) {
  const classes = useStyles();
  if (!severity) return null;
  return (
    <Chip
      size="small"
      label={severity}
      className={classes.chip}
      style={{
        backgroundColor: SEVERITY_COLORS[severity],
        color: severity === 'medium' ? '#000' : '#fff',
      }}
    />
  );
}

export function PublicationChip({
  publication,
}: {
  publication: PublicationTimeliness;
}) {
  const classes = useStyles();
  const className = {
    'on-time': classes.good,
    late: classes.bad,
    overdue: classes.bad,
    due: classes.pending,
  }[publication.state];
  return (
    <Tooltip title={`Deadline ${publication.deadline}`}>
      <Chip
        size="small"
        label={describePublication(publication)}
        className={`${classes.chip} ${className}`}
      />
    </Tooltip>
  );
}

export function StatusChip({
  status,
}: {
  status: PostmortemStatus | ActionStatus;
}) {
  const classes = useStyles();
  const done = status === 'published' || status === 'done';
  return (
    <Chip
      size="small"
      variant={done ? 'default' : 'outlined'}
      label={status}
      className={classes.chip}
    />
  );
}
