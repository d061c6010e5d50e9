import { useApi } from '@backstage/frontend-plugin-api';
import { HomeWidgetFrame } from '@readiness/plugin-readiness-react';
import useAsync from 'react-use/esm/useAsync';
import { continuityApiRef } from '../api/ContinuityApi';
import { describeRecordChange } from './auditRows';

/** The vendor, plan and exercise files changed most recently, with their commit and author. */
export function RecentRecordChanges() {
  const continuityApi = useApi(continuityApiRef);
  const { value, ...state } = useAsync(
    () => continuityApi.listRecordChanges({ limit: 4 }),
    [continuityApi],
  );
  return (
    <HomeWidgetFrame
      state={state}
      rows={(value ?? []).map(change => ({
        key: change.path,
        ...describeRecordChange(change),
      }))}
      nothingToDo="No vendor, plan or exercise file has a change in git to show (the records are not read from a git checkout)."
      link={{
        href: '/continuity/exports',
        label: 'Printable records with provenance',
      }}
    />
  );
}
