import { createFrontendPlugin } from '@backstage/frontend-plugin-api';
import { EntityCardBlueprint } from '@backstage/plugin-catalog-react/alpha';
import { isReadinessEntity } from '@readiness/plugin-readiness-common';
import { groupRecordRelations } from './components/OperationalRecordsCard/recordRelations';

/** Every field of a readiness record, on the record's own page. */
export const recordDetailsCard = EntityCardBlueprint.make({
  name: 'record-details',
  params: {
    type: 'content',
    filter: isReadinessEntity,
    loader: () =>
      import('./components/RecordDetailsCard').then(m => (
        <m.RecordDetailsCard />
      )),
  },
});

/** The records linked to a service, job, squad or vendor, on that entity's page. */
export const operationalRecordsCard = EntityCardBlueprint.make({
  name: 'operational-records',
  params: {
    type: 'content',
    filter: entity =>
      !isReadinessEntity(entity) &&
      groupRecordRelations(entity.relations).length > 0,
    loader: () =>
      import('./components/OperationalRecordsCard').then(m => (
        <m.OperationalRecordsCard />
      )),
  },
});

/** A service's readiness at a glance, first on its page. */
export const serviceSummaryCard = EntityCardBlueprint.make({
  name: 'service-summary',
  params: {
    filter: entity =>
      entity.kind === 'Component' && entity.spec?.type === 'service',
    loader: () =>
      import('./components/ServiceSummaryCard').then(m => (
        <m.ServiceSummaryCard />
      )),
  },
});

/**
 * Pages and cards for the readiness record kinds.
 *
 * @public
 */
export const recordsPlugin = createFrontendPlugin({
  pluginId: 'records',
  extensions: [serviceSummaryCard, recordDetailsCard, operationalRecordsCard],
});
