import type { Entity } from '@backstage/catalog-model';
import { Box, Grid, Typography } from '@material-ui/core';
import { Card, CardBody, CardHeader, Text } from '@backstage/ui';
import type { Operations } from '@readiness/plugin-alerts-common';
import {
  AlertsTable,
  EntityAnswer,
  ErrorCodesTable,
  ProceduresTable,
} from '../shared';

const listOptions = { paging: false, toolbar: true };

function Empty({ text }: { text: string }) {
  return (
    <Box p={2}>
      <Typography variant="body2">{text}</Typography>
    </Box>
  );
}

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
        <Card>
          <CardHeader>
            <Text as="h2" variant="title-small">
              {`Alerts (${alerts.length})`}
            </Text>
            <Text as="p" variant="body-small" color="secondary">
              {isSquad
                ? 'The alerts this squad owns'
                : 'The alerts that watch it'}
            </Text>
          </CardHeader>
          <CardBody>
            <AlertsTable
              alerts={alerts}
              emptyState={
                <Text as="p" variant="body-medium">
                  No alert watches it: add one with the “Add a job alert”
                  template.
                </Text>
              }
            />
          </CardBody>
        </Card>
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
          options={listOptions}
          emptyContent={<Empty text="No procedure applies to it." />}
        />
      </Grid>
      <Grid item xs={12}>
        <ErrorCodesTable
          title={`Error codes (${errorCodes.length})`}
          subtitle="The codes its alerts carry"
          errorCodes={errorCodes}
          options={listOptions}
          emptyContent={<Empty text="Its alerts declare no error codes." />}
        />
      </Grid>
    </Grid>
  );
}
