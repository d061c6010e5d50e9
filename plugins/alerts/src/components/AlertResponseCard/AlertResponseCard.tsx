import { InfoCard, WarningPanel } from '@backstage/core-components';
import { Cell, CellText, ColumnConfig, Text } from '@backstage/ui';
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
  LocalTable,
  RecordMarkdown,
  SeverityChip,
  TableEmptyText,
  TableRow,
  useReadinessClock,
} from '@readiness/plugin-readiness-react';
import { parseEntityRef } from '@backstage/catalog-model';
import { ScriptTemplateForm } from '../ScriptTemplateForm';
import { EntityAnswer, EntityLink, ReviewChip, TechDocsLink } from '../shared';
import { OnCallNow } from './OnCallNow';
import { ProcedureBody } from './ProcedureBody';
import { scriptsInStepOrder, scriptValuesFromAlert } from './responseScripts';
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

function RecordText({ text }: { text?: string }) {
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

/** A declared error code's key: its class and code. */
const errorCodeRowId = (errorCode: AlertErrorCode) =>
  `${errorCode.class} ${errorCode.code}`;

/** The alert's error codes, in the order it declares them. */
const errorCodeColumns: ColumnConfig<TableRow<AlertErrorCode>>[] = [
  {
    id: 'code',
    label: 'Code',
    isRowHeader: true,
    cell: row => (
      <Cell>
        <Text as="div" variant="body-medium">
          <code>{row.code}</code>
        </Text>
      </Cell>
    ),
  },
  {
    id: 'class',
    label: 'Class',
    cell: row => <CellText title={row.class} />,
  },
  {
    id: 'meaning',
    label: 'Meaning',
    defaultWidth: '2fr',
    cell: row => (
      <Cell>
        <Text as="div" variant="body-medium">
          {row.meaning}
        </Text>
      </Cell>
    ),
  },
];

function ErrorCodes({ codes }: { codes: AlertErrorCode[] }) {
  return (
    <LocalTable<AlertErrorCode>
      columns={errorCodeColumns}
      rows={codes}
      rowId={errorCodeRowId}
      emptyState={<TableEmptyText>None declared.</TableEmptyText>}
    />
  );
}

function ScriptTemplates({
  details,
  steps,
}: {
  details: AlertDetails;
  steps: readonly string[];
}) {
  const clock = useReadinessClock();
  const { summary, monitored } = details;
  const annotations = monitored?.annotations ?? {};
  const context = {
    job: monitored ? parseEntityRef(monitored.ref).name : undefined,
    cutoff: summary.cutoff ?? annotations['readiness.dev/cutoff'],
    timezone: summary.timezone ?? annotations['readiness.dev/timezone'],
  };
  return (
    <InfoCard
      title="Script templates, in the order of the SOP"
      subheader="Filled in from the alert: its business day, window and job. Check them before you run anything."
    >
      {scriptsInStepOrder(details.scripts, steps).map(
        ({ script, step }, index) => {
          const { values, fromAlert } = scriptValuesFromAlert(
            script.spec.parameters ?? [],
            context,
            clock(),
          );
          return (
            <Accordion key={script.metadata.name} defaultExpanded={index === 0}>
              <AccordionSummary expandIcon={<ExpandMoreIcon />}>
                <Typography variant="subtitle1">
                  {step ? `Step ${step}: ` : ''}
                  {script.metadata.title ?? script.metadata.name}
                </Typography>
              </AccordionSummary>
              <AccordionDetails style={{ display: 'block' }}>
                <ScriptTemplateForm
                  procedure={script}
                  initialValues={values}
                  filledFromAlert={fromAlert}
                />
              </AccordionDetails>
            </Accordion>
          );
        },
      )}
    </InfoCard>
  );
}

function Procedure({ details }: { details: AlertDetails }) {
  const { summary, procedure } = details;
  if (!procedure) {
    return (
      <WarningPanel
        severity={summary.paging ? 'warning' : 'info'}
        title="This alert has no SOP"
        message={
          summary.procedureRef
            ? `It names ${summary.procedureRef}, which does not exist.`
            : 'Add one with the "Add an SOP" template and name it in the alert record.'
        }
      />
    );
  }
  return (
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
  );
}

function Response({
  alert,
  details,
}: {
  alert: AlertEntity;
  details: AlertDetails;
}) {
  const { summary, procedure, scripts, postmortems, monitored } = details;
  return (
    <Grid container spacing={3}>
      <Grid item xs={12} md={3}>
        <InfoCard title="Respond">
          <Box display="flex" flexWrap="wrap" style={{ gap: 8 }} mb={2}>
            <SeverityChip severity={summary.severity} />
            <Chip
              size="small"
              color={summary.paging ? 'secondary' : 'default'}
              label={summary.paging ? 'pages the on-call' : 'does not page'}
            />
          </Box>
          <Field label="On call now, and next">
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
          <Field label="Meaning">
            <RecordText text={alert.spec.meaning} />
          </Field>
        </InfoCard>
      </Grid>
      {/* The steps and their scripts side by side, so the first script is on the first screen
          however long the SOP is. */}
      <Grid item xs={12} md={scripts.length > 0 ? 5 : 9}>
        <Procedure details={details} />
      </Grid>
      {scripts.length > 0 && (
        <Grid item xs={12} md={4}>
          <ScriptTemplates
            details={details}
            steps={procedure?.entity.spec.steps ?? []}
          />
        </Grid>
      )}
      <Grid item xs={12}>
        <InfoCard title="What this alert means">
          <Box display="flex" flexWrap="wrap" style={{ gap: 8 }} mb={2}>
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
          <Field label="Why it matters">
            <RecordText text={alert.spec.impact} />
          </Field>
          <Field label="Fires when">
            <RecordText text={alert.spec.condition} />
          </Field>
          <WhenItFires details={details} />
          <Field label="Error codes">
            <ErrorCodes codes={summary.errorCodes} />
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
        <InfoCard
          title={`Post-mortems of ${summary.monitors.title}${
            monitored?.type === 'job' ? ' and the services it runs on' : ''
          }`}
        >
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

/**
 * What the person paged needs on the alert's page, in the order they need it: severity and who
 * is on call, the SOP's steps, its script templates filled in from the alert, then what the
 * alert means and the post-mortems of its service.
 */
export function AlertResponseCard() {
  return (
    <EntityAnswer
      load={(api, { namespace, name }) => api.getAlert({ namespace, name })}
    >
      {(details, entity) => (
        <Response alert={entity as AlertEntity} details={details} />
      )}
    </EntityAnswer>
  );
}
