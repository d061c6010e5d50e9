import type { PostmortemAnalytics } from '@readiness/plugin-postmortems-common';
import { ReactNode } from 'react';
import { InfoCard } from '@backstage/core-components';
import { ReadableEntityLink } from '@readiness/plugin-readiness-react';
import { Grid, Typography, makeStyles } from '@material-ui/core';
import { formatDays, formatMinutes, formatShare } from '../shared/format';
import { DEFINITIONS } from './definitions';

const useStyles = makeStyles(theme => ({
  figure: { fontSize: 36, fontWeight: 600, lineHeight: 1.2 },
  definition: { marginTop: theme.spacing(1) },
  card: { height: '100%' },
}));

function Headline(props: {
  title: string;
  figure: string;
  detail?: ReactNode;
  definition: string;
}) {
  const classes = useStyles();
  return (
    <InfoCard title={props.title} className={classes.card} noPadding={false}>
      <Typography className={classes.figure} aria-label={props.title}>
        {props.figure}
      </Typography>
      {props.detail && (
        <Typography variant="body2" component="div">
          {props.detail}
        </Typography>
      )}
      <Typography
        variant="caption"
        color="textSecondary"
        component="p"
        className={classes.definition}
      >
        {props.definition}
      </Typography>
    </InfoCard>
  );
}

/** The five headline figures, each with its definition. */
export function Headlines({ analytics }: { analytics: PostmortemAnalytics }) {
  const { overall, publication, sinceLastCustomerImpact } = analytics;
  const judged = publication.onTime + publication.late + publication.overdue;
  return (
    <Grid container spacing={2} alignItems="stretch">
      <Grid item xs={12} md={6} lg={4}>
        <Headline
          title="Days since the last customer-impacting incident"
          figure={
            sinceLastCustomerImpact
              ? `${sinceLastCustomerImpact.days} days`
              : 'None recorded'
          }
          detail={
            sinceLastCustomerImpact && (
              <>
                Last:{' '}
                <ReadableEntityLink entityRef={sinceLastCustomerImpact.ref} />
              </>
            )
          }
          definition={DEFINITIONS.sinceLastCustomerImpact}
        />
      </Grid>
      <Grid item xs={12} md={6} lg={4}>
        <Headline
          title="Published within three days"
          figure={formatShare(publication.share)}
          detail={`${publication.onTime} of ${judged} on time; ${publication.late} late, ${publication.overdue} unpublished past the deadline, ${publication.due} still due`}
          definition={DEFINITIONS.publication}
        />
      </Grid>
      <Grid item xs={12} md={4} lg={4}>
        <Headline
          title="MTBF"
          figure={formatDays(overall.mtbfDays)}
          detail={`${overall.customerImpacting} customer-impacting incidents`}
          definition={DEFINITIONS.mtbf}
        />
      </Grid>
      <Grid item xs={12} md={4} lg={6}>
        <Headline
          title="MTTD"
          figure={formatMinutes(overall.mttdMinutes)}
          detail={`over ${overall.incidents} incident reviews`}
          definition={DEFINITIONS.mttd}
        />
      </Grid>
      <Grid item xs={12} md={4} lg={6}>
        <Headline
          title="MTTR"
          figure={formatMinutes(overall.mttrMinutes)}
          detail={`over ${overall.incidents} incident reviews`}
          definition={DEFINITIONS.mttr}
        />
      </Grid>
    </Grid>
  );
}
