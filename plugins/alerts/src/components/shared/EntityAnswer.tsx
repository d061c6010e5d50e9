import type { ReactElement } from 'react';
import useAsync from 'react-use/esm/useAsync';
import { Progress, ResponseErrorPanel } from '@backstage/core-components';
import { Entity, stringifyEntityRef } from '@backstage/catalog-model';
import { useApi } from '@backstage/frontend-plugin-api';
import { useEntity } from '@backstage/plugin-catalog-react';
import type { AlertsApi } from '@readiness/plugin-alerts-common';
import { alertsApiRef } from '../../api';

/**
 * Asks the alerts API about the entity whose page this is and shows the answer: a progress bar
 * while it loads, the backend's error when it fails.
 */
export function EntityAnswer<TAnswer>(props: {
  load: (api: AlertsApi, entity: Entity) => Promise<TAnswer>;
  children: (answer: TAnswer, entity: Entity) => ReactElement;
}) {
  const { load, children } = props;
  const { entity } = useEntity();
  const api = useApi(alertsApiRef);
  const entityRef = stringifyEntityRef(entity);
  const answer = useAsync(
    () => load(api, entity),
    // `load` is written inline by each page; the entity and the API decide the answer.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [api, entityRef],
  );
  if (answer.loading) return <Progress />;
  if (answer.error) return <ResponseErrorPanel error={answer.error} />;
  return children(answer.value as TAnswer, entity);
}
