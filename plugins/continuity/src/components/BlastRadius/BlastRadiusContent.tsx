import useAsync from 'react-use/esm/useAsync';
import { Progress, WarningPanel } from '@backstage/core-components';
import { stringifyEntityRef } from '@backstage/catalog-model';
import { useApi } from '@backstage/frontend-plugin-api';
import { useEntity } from '@backstage/plugin-catalog-react';
import { continuityApiRef } from '../../api/ContinuityApi';
import { BlastRadiusView } from './BlastRadiusView';

/** The blast radius tab of a service, job, resource or system. */
export function BlastRadiusContent() {
  const { entity } = useEntity();
  const api = useApi(continuityApiRef);
  const ref = stringifyEntityRef(entity);
  const { value, loading, error } = useAsync(() => api.getBlastRadius(ref), [api, ref]);
  if (loading) return <Progress />;
  if (error) {
    return <WarningPanel severity="error" title="Could not compute the blast radius" message={error.message} />;
  }
  return <BlastRadiusView radius={value!} name={entity.metadata.title ?? entity.metadata.name} />;
}
