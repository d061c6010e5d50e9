import { identityApiRef, useApi } from '@backstage/frontend-plugin-api';
import useAsync from 'react-use/esm/useAsync';

/**
 * The groups the signed-in person belongs to, as sign-in resolved them (full refs), for
 * widgets that show "my squad's" records.
 *
 * @public
 */
export function useMySquads(): {
  loading: boolean;
  error?: Error;
  userRef?: string;
  squadRefs: string[];
} {
  const identityApi = useApi(identityApiRef);
  const { value, loading, error } = useAsync(
    () => identityApi.getBackstageIdentity(),
    [identityApi],
  );
  return {
    loading,
    error,
    userRef: value?.userEntityRef,
    squadRefs: (value?.ownershipEntityRefs ?? []).filter(ref =>
      ref.toLocaleLowerCase('en-US').startsWith('group:'),
    ),
  };
}
