import { ReactNode } from 'react';
import { Grid, Typography } from '@material-ui/core';
import { FieldLabel } from '@readiness/plugin-readiness-react';

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
  return (
    <Grid container spacing={2}>
      {fields.map(field => (
        <Grid item xs={12} sm={field.wide ? 12 : 6} key={field.label}>
          <FieldLabel>{field.label}</FieldLabel>
          <FieldValue value={field.value} />
        </Grid>
      ))}
    </Grid>
  );
}
