import { InfoCard } from '@backstage/core-components';
import { Box, Grid, Typography } from '@material-ui/core';
import type { ProcedureEntity } from '@readiness/plugin-readiness-common';
import { ProcedureBody } from '../AlertResponseCard/ProcedureBody';
import { ScriptTemplateForm } from '../ScriptTemplateForm';
import {
  describeInterval,
  EntityAnswer,
  EntityLinks,
  ReviewChip,
  TechDocsLink,
} from '../shared';
import { PROCEDURE_TYPE_LABELS } from '../shared/ProceduresTable';
import type { ProcedureDetails } from '@readiness/plugin-alerts-common';

function Procedure({
  entity,
  details,
}: {
  entity: ProcedureEntity;
  details: ProcedureDetails;
}) {
  const { procedure, alerts, scripts } = details;
  const isScript = entity.spec.type === 'script-template';
  return (
    <Grid container spacing={3}>
      <Grid item xs={12}>
        <InfoCard
          title={
            isScript
              ? 'Fill in the script'
              : `The ${PROCEDURE_TYPE_LABELS[entity.spec.type]}`
          }
          subheader={
            <Box
              display="flex"
              alignItems="center"
              style={{ gap: 12 }}
              component="span"
            >
              <ReviewChip review={procedure.review} />
              <span>
                {procedure.lastReviewed
                  ? `Reviewed ${procedure.lastReviewed}`
                  : 'Never reviewed'}
                {procedure.reviewInterval
                  ? `, every ${describeInterval(procedure.reviewInterval)}`
                  : ''}
              </span>
              {procedure.hasTechDocs && (
                <TechDocsLink entityRef={procedure.ref}>
                  Read it in TechDocs
                </TechDocsLink>
              )}
            </Box>
          }
        >
          <ProcedureBody procedure={entity} />
          {isScript && (
            <Box mt={2}>
              <ScriptTemplateForm procedure={entity} />
            </Box>
          )}
        </InfoCard>
      </Grid>
      <Grid item xs={12} md={6}>
        <InfoCard title="Alerts it answers">
          {alerts.length ? (
            <EntityLinks entities={alerts} />
          ) : (
            <Typography variant="body2">No alert names it yet.</Typography>
          )}
        </InfoCard>
      </Grid>
      <Grid item xs={12} md={6}>
        <InfoCard title="Script templates for these alerts">
          {scripts.length ? (
            <EntityLinks
              entities={scripts.map(script => ({
                ref: `procedure:${script.metadata.namespace ?? 'default'}/${
                  script.metadata.name
                }`,
                title: script.metadata.title ?? script.metadata.name,
              }))}
            />
          ) : (
            <Typography variant="body2">None.</Typography>
          )}
        </InfoCard>
      </Grid>
    </Grid>
  );
}

/** A procedure's page: the SOP rendered with its review status, what uses it, its scripts. */
export function ProcedureCard() {
  return (
    <EntityAnswer
      load={(api, { metadata }) =>
        api.getProcedure({
          namespace: metadata.namespace ?? 'default',
          name: metadata.name,
        })
      }
    >
      {(details, entity) => (
        <Procedure entity={entity as ProcedureEntity} details={details} />
      )}
    </EntityAnswer>
  );
}
