import { useApi } from '@backstage/frontend-plugin-api';
import { HomeWidgetFrame } from '@readiness/plugin-readiness-react';
import useAsync from 'react-use/esm/useAsync';
import { continuityApiRef } from '../api/ContinuityApi';
import { doraCompleteness } from './auditRows';

/** How complete the DORA register of information is, and which tables lack values. */
export function DoraCompleteness() {
  const continuityApi = useApi(continuityApiRef);
  const { value, ...state } = useAsync(
    () => continuityApi.listDoraTables(),
    [continuityApi],
  );
  const completeness = value && doraCompleteness(value);
  return (
    <HomeWidgetFrame
      state={state}
      headline={
        completeness &&
        `${completeness.percentMandatory}% of mandatory values recorded; ${
          completeness.missingValues
        } required value${completeness.missingValues === 1 ? '' : 's'} missing`
      }
      rows={(completeness?.incompleteTables ?? []).map(table => ({
        key: table.code,
        title: `${table.code}: ${table.missing} missing`,
        detail: table.name,
        href: '/continuity/exports',
      }))}
      nothingToDo="Every required value of the register is recorded: nothing to do."
      link={{ href: '/continuity/exports', label: 'DORA register and exports' }}
    />
  );
}
