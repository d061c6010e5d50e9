import { useApi } from '@backstage/frontend-plugin-api';
import { HomeWidgetFrame } from '@readiness/plugin-readiness-react';
import { Text } from '@backstage/ui';
import useAsync from 'react-use/esm/useAsync';
import { scorecardsApiRef } from '../api';
import { personName } from '../components/common';

/** The attestations the signed-in approver has to approve or reject, and how many. */
export function AttestationsAwaitingApproval() {
  const scorecardsApi = useApi(scorecardsApiRef);
  const { value, ...state } = useAsync(
    () => scorecardsApi.getApprovalQueue(),
    [scorecardsApi],
  );
  const pending = value?.pending ?? [];
  return (
    <HomeWidgetFrame
      state={state}
      summary={
        pending.length > 0 && (
          <Text variant="body-medium" weight="bold">
            {pending.length === 1
              ? '1 attestation awaits your approval'
              : `${pending.length} attestations await your approval`}
          </Text>
        )
      }
      rows={pending.map(({ squad, check, attestation }) => ({
        key: `${squad.ref} ${check.id}`,
        title: `${squad.title}: ${check.title}`,
        detail: `Attested by ${personName(
          value!.names,
          attestation.attestedBy,
        )} on ${attestation.attestedAt.slice(0, 10)}`,
        href: '/approvals',
      }))}
      nothingToDo="No attestation awaits your approval."
      link={{ href: '/approvals', label: 'Approve or reject attestations' }}
    />
  );
}
