import { Chip, makeStyles, Tooltip } from '@material-ui/core';
import type {
  ActionStatus,
  PostmortemStatus,
} from '@readiness/plugin-readiness-common';
import { describePublication } from './format';
import type { PublicationTimeliness } from '@readiness/plugin-postmortems-common';

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
