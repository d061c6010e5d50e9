import { ReactNode } from 'react';
import { Grid, makeStyles, Typography } from '@material-ui/core';

const useStyles = makeStyles(theme => ({
  label: {
    color: theme.palette.text.secondary,
    textTransform: 'uppercase',
    fontSize: '10px',
    fontWeight: 'bold',
    letterSpacing: 0.5,
  },
}));

function FieldValue({ value }: { value: ReactNode }) {
  if (value === undefined || value === null || value === '' || value === false) {
    return (
      <Typography variant="body2" color="textSecondary">
        not recorded
      </Typography>
    );
  }
  if (typeof value === 'string' || typeof value === 'number') {
    return <Typography variant="body2">{value}</Typography>;
  }
  return <>{value}</>;
}

/** Labelled values in a grid; empty values read "not recorded". */
export function FieldList({
  fields,
}: {
  fields: Array<{ label: string; value: ReactNode; wide?: boolean }>;
}) {
  const classes = useStyles();
  return (
    <Grid container spacing={2}>
      {fields.map(field => (
        <Grid item xs={12} sm={field.wide ? 12 : 6} key={field.label}>
          <Typography variant="h2" className={classes.label}>
            {field.label}
          </Typography>
          <FieldValue value={field.value} />
        </Grid>
      ))}
    </Grid>
  );
}
