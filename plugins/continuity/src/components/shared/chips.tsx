import { Chip, makeStyles, Tooltip } from '@material-ui/core';
import { Criticality } from '@readiness/plugin-readiness-common';
import { ExerciseRow, REVIEW_STANDING_LABELS, ReviewStanding } from '@readiness/plugin-continuity-common';

const useStyles = makeStyles(theme => ({
  overdue: {
    backgroundColor: theme.palette.error.main,
    color: theme.palette.error.contrastText,
    fontWeight: 'bold',
  },
  'due-30': {
    backgroundColor: theme.palette.warning.main,
    color: theme.palette.warning.contrastText,
  },
  'due-60': {
    backgroundColor: theme.palette.warning.light,
    color: theme.palette.getContrastText(theme.palette.warning.light),
  },
  'due-90': {
    backgroundColor: theme.palette.info.light,
    color: theme.palette.getContrastText(theme.palette.info.light),
  },
  later: {},
  critical: {
    backgroundColor: theme.palette.error.dark,
    color: theme.palette.error.contrastText,
  },
  high: {
    backgroundColor: theme.palette.warning.dark,
    color: theme.palette.warning.contrastText,
  },
  medium: {},
  low: {},
}));

const SHORT_STANDING: Record<ReviewStanding, string> = {
  overdue: 'Overdue',
  'due-30': '≤ 30 days',
  'due-60': '≤ 60 days',
  'due-90': '≤ 90 days',
  later: 'Not due',
};

/** Where a review stands; overdue ones are red and bold so they stand out. */
export function StandingChip({
  standing,
  due,
}: {
  standing: ReviewStanding;
  due?: string;
}) {
  const classes = useStyles();
  const label = due ? `${SHORT_STANDING[standing]} · ${due}` : SHORT_STANDING[standing];
  // The browser's own tooltip: lists show several of these per row, and MUI's Tooltip costs a
  // component and listeners each.
  return (
    <Chip
      size="small"
      title={due ? `${REVIEW_STANDING_LABELS[standing]}: due ${due}` : 'Never done'}
      label={due ? label : `${SHORT_STANDING[standing]} · never done`}
      variant={standing === 'later' ? 'outlined' : 'default'}
      className={classes[standing]}
    />
  );
}

export function CriticalityChip({ criticality }: { criticality: Criticality }) {
  const classes = useStyles();
  return (
    <Chip
      size="small"
      label={criticality}
      variant={criticality === 'critical' || criticality === 'high' ? 'default' : 'outlined'}
      className={classes[criticality]}
    />
  );
}

/** An exercise's result; a failed one is red. */
export function ResultChip({ result }: { result: ExerciseRow['result'] }) {
  return (
    <Chip
      size="small"
      label={result}
      color={result === 'failed' ? 'secondary' : 'default'}
      variant={result === 'passed' ? 'outlined' : 'default'}
    />
  );
}

/** Stands in for a confidential value the reader may not see. */
export function ConfidentialChip() {
  return (
    <Tooltip title="Only leadership, auditors and the vendor's relationship owner can see this">
      <Chip size="small" variant="outlined" label="confidential" />
    </Tooltip>
  );
}
