import useAsync from 'react-use/esm/useAsync';
import { Progress, WarningPanel } from '@backstage/core-components';
import { useApi } from '@backstage/frontend-plugin-api';
import { continuityApiRef } from '../../api/ContinuityApi';
import { PlanDetails } from '../PlanContent';
import { VendorDetails } from '../VendorContent';

/** The records with a detail view and a printable view. */
export type DetailKind = 'vendor' | 'plan';

/** Loads a vendor or plan from the continuity API and shows it in full. */
export function RecordDetail({
  kind,
  namespace,
  name,
}: {
  kind: DetailKind;
  namespace: string;
  name: string;
}) {
  const api = useApi(continuityApiRef);
  const { value, loading, error } = useAsync(async () => {
    const ref = { namespace, name };
    return kind === 'vendor'
      ? { kind, vendor: await api.getVendor(ref) }
      : { kind, plan: await api.getPlan(ref) };
  }, [api, kind, namespace, name]);
  if (loading) return <Progress />;
  if (error || !value) {
    return (
      <WarningPanel
        severity="error"
        title={`Could not load the ${kind} ${namespace}/${name}`}
        message={error?.message}
      />
    );
  }
  return value.vendor ? <VendorDetails detail={value.vendor} /> : <PlanDetails detail={value.plan!} />;
}
