import { Route, Routes, useParams } from 'react-router-dom';
import { stringifyEntityRef } from '@backstage/catalog-model';
import { EntityDisplayName } from '@backstage/plugin-catalog-react';
import { Box, Button, makeStyles, Typography } from '@material-ui/core';
import PrintIcon from '@material-ui/icons/Print';
import { LocalTime, useReadinessClock } from '@readiness/plugin-readiness-react';
import { RecordDetail } from './RecordDetail';

const useStyles = makeStyles(theme => ({
  '@global': {
    '@media print': {
      'nav[aria-label="sidebar nav"]': { display: 'none' },
    },
  },
  page: {
    padding: theme.spacing(3),
    backgroundColor: theme.palette.background.default,
    '@media print': {
      padding: 0,
      // Tables and cards keep to one page where they can; buttons are not printed.
      '& .MuiPaper-root': { breakInside: 'avoid', boxShadow: 'none' },
      '& button': { display: 'none' },
    },
  },
}));

function PrintView() {
  const classes = useStyles();
  const clock = useReadinessClock();
  const { kind, namespace, name } = useParams() as { kind: string; namespace: string; name: string };
  if (kind !== 'vendor' && kind !== 'plan') {
    return (
      <Box className={classes.page}>
        <Typography>There is no printable view of a {kind}: only of vendors and plans.</Typography>
      </Box>
    );
  }
  const entityRef = stringifyEntityRef({
    kind: kind === 'vendor' ? 'Vendor' : 'ContinuityPlan',
    namespace,
    name,
  });
  return (
    <Box className={classes.page}>
      <Box display="flex" alignItems="flex-start" justifyContent="space-between" mb={3}>
        <Box>
          <Typography variant="overline">
            {kind === 'vendor' ? 'Vendor record' : 'Continuity plan'} · {name}
          </Typography>
          <Typography variant="h4">
            <EntityDisplayName entityRef={entityRef} hideIcon />
          </Typography>
          <Typography variant="body2" color="textSecondary">
            Printed from the Readiness Portal on <LocalTime at={clock()} />
          </Typography>
        </Box>
        <Button variant="outlined" startIcon={<PrintIcon />} onClick={() => window.print()}>
          Print
        </Button>
      </Box>
      <RecordDetail kind={kind} namespace={namespace} name={name} />
    </Box>
  );
}

/** The printable views of vendors and plans, without the portal's navigation. */
export function PrintPage() {
  return (
    <Routes>
      <Route path=":kind/:namespace/:name" element={<PrintView />} />
    </Routes>
  );
}
