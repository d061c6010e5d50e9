import type { Entity } from '@backstage/catalog-model';
import { Grid } from '@material-ui/core';
import { TableCard, TableEmptyText } from '@readiness/plugin-readiness-react';
import type { Operations } from '@readiness/plugin-alerts-common';
import {
  AlertsTable,
  EntityAnswer,
  ErrorCodesTable,
  ProceduresTable,
} from '../shared';

/** A service's, job's or squad's alerts, procedures and error codes. */
export function OperationsContent() {
  return (
    <EntityAnswer load={(api, page) => api.getOperations(page.entityRef)}>
      {(operations, entity) => (
        <OperationsTables entity={entity} operations={operations} />
      )}
    </EntityAnswer>
  );
}

function OperationsTables(props: { entity: Entity; operations: Operations }) {
  const { entity } = props;
  const { alerts, procedures, errorCodes } = props.operations;
  const isSquad = entity.kind === 'Group';
  return (
    <Grid container spacing={3}>
      <Grid item xs={12}>
        <TableCard
          title={`Alerts (${alerts.length})`}
          subtitle={
            isSquad ? 'The alerts this squad owns' : 'The alerts that watch it'
          }
        >
          <AlertsTable
            alerts={alerts}
            emptyState={
              <TableEmptyText>
                No alert watches it: add one with the “Add a job alert”
                template.
              </TableEmptyText>
            }
          />
        </TableCard>
      </Grid>
      <Grid item xs={12}>
        <ProceduresTable
          title={`Procedures (${procedures.length})`}
          subtitle={
            isSquad
              ? 'The procedures this squad owns'
              : 'Procedures for it or its alerts'
          }
          procedures={procedures}
          emptyText="No procedure applies to it."
        />
      </Grid>
      <Grid item xs={12}>
        <ErrorCodesTable
          title={`Error codes (${errorCodes.length})`}
          subtitle="The codes its alerts carry"
          errorCodes={errorCodes}
          emptyText="Its alerts declare no error codes."
        />
      </Grid>
    </Grid>
  );
}
