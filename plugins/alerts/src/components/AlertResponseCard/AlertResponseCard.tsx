import { InfoCard, Table, WarningPanel } from '@backstage/core-components';
import {
  Accordion,
  AccordionDetails,
  AccordionSummary,
  Box,
  Chip,
  Grid,
  Typography,
} from '@material-ui/core';
import ExpandMoreIcon from '@material-ui/icons/ExpandMore';
import type {
  AlertEntity,
  AlertErrorCode,
} from '@readiness/plugin-readiness-common';
import {
  RecordMarkdown,
  SeverityChip,
  SHORT_TABLE_OPTIONS,
} from '@readiness/plugin-readiness-react';
import { ScriptTemplateForm } from '../ScriptTemplateForm';
import { EntityAnswer, EntityLink, ReviewChip, TechDocsLink } from '../shared';
import { OnCallNow } from './OnCallNow';
import { ProcedureBody } from './ProcedureBody';
import type { AlertDetails } from '@readiness/plugin-alerts-common';

function Field({
  label,
  children,
}: {
  label: string;
  children: React.ReactNode;
}) {
  return (
    <Box mb={1.5}>
      <Typography variant="overline" color="textSecondary" component="div">
        {label}
      </Typography>
      {children}
    </Box>
  );
}

function Text({ text }: { text?: string }) {
  return text ? (
    <RecordMarkdown content={text} />
  ) : (
    <Typography variant="body2">—</Typography>
  );
}

function WhenItFires({ details }: { details: AlertDetails }) {
  const { summary, monitored } = details;
  const annotations = monitored?.annotations ?? {};
  const schedule = summary.schedule ?? annotations['readiness.dev/schedule'];
  const cutoff = summary.cutoff ?? annotations['readiness.dev/cutoff'];
  const timezone = summary.timezone ?? annotations['readiness.dev/timezone'];
  return (
    <>
      <Field label={`Monitors (${monitored?.type ?? summary.monitors.kind})`}>
        <EntityLink entity={summary.monitors} />
        {monitored?.description && (
          <Typography variant="body2" color="textSecondary">
            {monitored.description}
          </Typography>
        )}
      </Field>
      {(schedule || cutoff) && (
        <Field label="Schedule and cutoff">
          <Typography variant="body2">
            {schedule && (
              <>
                Runs <code>{schedule}</code>
              </>
            )}
            {schedule && cutoff && '; '}
            {cutoff && (
              <>
                must be done by <strong>{cutoff}</strong>
              </>
            )}
            {timezone && ` (${timezone})`}
          </Typography>
        </Field>
      )}
    </>
  );
}

function ErrorCodes({ codes }: { codes: AlertErrorCode[] }) {
  if (codes.length === 0)
    return <Typography variant="body2">None declared.</Typography>;
  return (
    <Table<AlertErrorCode>
      columns={[
        {
          title: 'Code',
          field: 'code',
          render: row => <code>{row.code}</code>,
        },
        { title: 'Class', field: 'class' },
        { title: 'Meaning', field: 'meaning' },
      ]}
      data={codes}
      options={SHORT_TABLE_OPTIONS}
    />
  );
}

function Response({
  alert,
  details,
}: {
  alert: AlertEntity;
  details: AlertDetails;
}) {
  const { summary, procedure, scripts, postmortems } = details;
  return (
    <Grid container spacing={3}>
      <Grid item xs={12}>
        <InfoCard title="What this alert means">
          <Box display="flex" flexWrap="wrap" style={{ gap: 8 }} mb={2}>
            <SeverityChip severity={summary.severity} />
            <Chip
              size="small"
              color={summary.paging ? 'secondary' : 'default'}
              label={summary.paging ? 'pages the on-call' : 'does not page'}
            />
            <Chip
              size="small"
              variant="outlined"
              label={`${summary.type} · ${summary.source}`}
            />
            {summary.journey && (
              <Chip
                size="small"
                variant="outlined"
                label={`journey: ${summary.journey}`}
              />
            )}
          </Box>
          <Field label="Meaning">
            <Text text={alert.spec.meaning} />
          </Field>
          <Field label="Why it matters">
            <Text text={alert.spec.impact} />
          </Field>
          <Field label="Fires when">
            <Text text={alert.spec.condition} />
          </Field>
          <WhenItFires details={details} />
          <Field label="Error codes">
            <ErrorCodes codes={summary.errorCodes} />
          </Field>
        </InfoCard>
      </Grid>
      <Grid item xs={12}>
        <InfoCard title="Who responds">
          <Field label="On call now">
            <OnCallNow
              entityRef={summary.monitors.ref}
              title={summary.monitors.title}
            />
          </Field>
          <Field label="Owner">
            <EntityLink entity={summary.owner} />
            {summary.domain && (
              <Typography variant="body2" color="textSecondary">
                {summary.domain.title} domain
              </Typography>
            )}
          </Field>
          <Field label="PagerDuty">
            {summary.pagerDutyService ? (
              <Typography variant="body2">
                Routes to {summary.pagerDutyServiceId}, the service of{' '}
                <EntityLink entity={summary.pagerDutyService} />
              </Typography>
            ) : (
              <Typography
                variant="body2"
                color={summary.paging ? 'error' : 'textSecondary'}
              >
                {summary.pagerDutyServiceId
                  ? `Routes to ${summary.pagerDutyServiceId}, which no catalog service carries`
                  : 'Not routed to PagerDuty'}
              </Typography>
            )}
          </Field>
        </InfoCard>
      </Grid>
      <Grid item xs={12}>
        {procedure ? (
          <InfoCard
            title={`SOP: ${
              procedure.entity.metadata.title ?? procedure.entity.metadata.name
            }`}
            subheader={
              <Box
                display="flex"
                alignItems="center"
                style={{ gap: 12 }}
                component="span"
              >
                <EntityLink
                  entity={{
                    ref: summary.procedure!.ref,
                    title: 'Open the SOP',
                  }}
                />
                {procedure.entity.metadata.annotations?.[
                  'backstage.io/techdocs-ref'
                ] && (
                  <TechDocsLink entityRef={summary.procedure!.ref}>
                    Full SOP in TechDocs
                  </TechDocsLink>
                )}
                <ReviewChip review={procedure.review} />
              </Box>
            }
          >
            <ProcedureBody procedure={procedure.entity} />
          </InfoCard>
        ) : (
          <WarningPanel
            severity={summary.paging ? 'warning' : 'info'}
            title="This alert has no SOP"
            message={
              summary.procedureRef
                ? `It names ${summary.procedureRef}, which does not exist.`
                : 'Add one with the "Add an SOP" template and name it in the alert record.'
            }
          />
        )}
      </Grid>
      {scripts.length > 0 && (
        <Grid item xs={12}>
          <InfoCard title="Script templates">
            {scripts.map((script, index) => (
              <Accordion
                key={script.metadata.name}
                defaultExpanded={index === 0}
              >
                <AccordionSummary expandIcon={<ExpandMoreIcon />}>
                  <Typography variant="subtitle1">
                    {script.metadata.title ?? script.metadata.name}
                  </Typography>
                </AccordionSummary>
                <AccordionDetails style={{ display: 'block' }}>
                  <ScriptTemplateForm procedure={script} />
                </AccordionDetails>
              </Accordion>
            ))}
          </InfoCard>
        </Grid>
      )}
      <Grid item xs={12}>
        <InfoCard title={`Post-mortems of ${summary.monitors.title}`}>
          {postmortems.length === 0 ? (
            <Typography variant="body2">None so far.</Typography>
          ) : (
            <ul>
              {postmortems.map(postmortem => (
                <li key={postmortem.ref}>
                  <EntityLink entity={postmortem} />{' '}
                  <Typography variant="caption" color="textSecondary">
                    {[
                      postmortem.startedAt?.slice(0, 10),
                      postmortem.severity,
                      postmortem.reviewType === 'success'
                        ? 'success review'
                        : undefined,
                      postmortem.status,
                    ]
                      .filter(Boolean)
                      .join(' · ')}
                  </Typography>
                </li>
              ))}
            </ul>
          )}
        </InfoCard>
      </Grid>
    </Grid>
  );
}

/** What the person paged needs on the alert's page: meaning, on-call, SOP, scripts, history. */
export function AlertResponseCard() {
  return (
    <EntityAnswer
      load={(api, { metadata }) =>
        api.getAlert({
          namespace: metadata.namespace ?? 'default',
          name: metadata.name,
        })
      }
    >
      {(details, entity) => (
        <Response alert={entity as AlertEntity} details={details} />
      )}
    </EntityAnswer>
  );
}
