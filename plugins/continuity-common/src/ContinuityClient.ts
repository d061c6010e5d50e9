import { parseEntityRef, stringifyEntityRef } from '@backstage/catalog-model';
import {
  OnCallAwareClient,
  OnCallGroup,
} from '@readiness/plugin-oncall-common';
import {
  JsonFetcherOptions,
  listQueryString,
  type ListPage,
  type ListRequest,
} from '@readiness/plugin-readiness-api-common';
import type {
  BlastRadius,
  ContinuityPlanRow,
  ExerciseRow,
  ReviewItem,
  RtoConflict,
  VendorRegisterRow,
} from './rows';
import type {
  ContinuityApi,
  ContinuityList,
  DoraFindingsRequest,
  DoraPackageFile,
  DoraRegisterSummary,
  OwnerReviews,
  PlanDetail,
  RecordFileChange,
  VendorDetail,
} from './types';
import type { DoraLintFinding } from './dora';
import type { DoraRegisterDiff, DoraRegisterSnapshot } from './doraHistory';
import type { RecoveryEvidence } from './recovery';

/**
 * Calls the continuity API (`/api/continuity`), and the on-call API for who is on call in a
 * call tree, from a browser or a backend: give it the app's `fetchApi` (which signs requests in
 * as the user) or, on a backend, a fetch that adds a token.
 *
 * @public
 */
export class ContinuityClient
  extends OnCallAwareClient
  implements ContinuityApi
{
  constructor(options: Omit<JsonFetcherOptions, 'pluginId'>) {
    super('continuity', options);
  }

  /** {@inheritDoc ContinuityApi.listVendors} */
  listVendors(request: ListRequest) {
    return this.get<ListPage<VendorRegisterRow>>(
      `/vendors${listQueryString(request)}`,
    );
  }

  /** {@inheritDoc ContinuityApi.listPlans} */
  listPlans(request: ListRequest) {
    return this.get<ListPage<ContinuityPlanRow>>(
      `/plans${listQueryString(request)}`,
    );
  }

  /** {@inheritDoc ContinuityApi.listExercises} */
  listExercises(request: ListRequest) {
    return this.get<ListPage<ExerciseRow>>(
      `/exercises${listQueryString(request)}`,
    );
  }

  /** {@inheritDoc ContinuityApi.listReviews} */
  listReviews(request: ListRequest) {
    return this.get<ListPage<ReviewItem>>(
      `/reviews${listQueryString(request)}`,
    );
  }

  /** {@inheritDoc ContinuityApi.reviewOwners} */
  async reviewOwners(request: ListRequest) {
    const { items } = await this.get<{ items: OwnerReviews[] }>(
      `/reviews/owners${listQueryString({
        filters: request.filters,
        q: request.q,
      })}`,
    );
    return items;
  }

  /** {@inheritDoc ContinuityApi.getVendor} */
  getVendor({ namespace, name }: { namespace: string; name: string }) {
    return this.get<VendorDetail>(
      `/vendors/${encodeURIComponent(namespace)}/${encodeURIComponent(name)}`,
    );
  }

  /** {@inheritDoc ContinuityApi.getPlan} */
  getPlan({ namespace, name }: { namespace: string; name: string }) {
    return this.get<PlanDetail>(
      `/plans/${encodeURIComponent(namespace)}/${encodeURIComponent(name)}`,
    );
  }

  /** {@inheritDoc ContinuityApi.getRecovery} */
  getRecovery(
    { namespace, name }: { namespace: string; name: string },
    options: { months?: number } = {},
  ) {
    return this.get<RecoveryEvidence>(
      `/plans/${encodeURIComponent(namespace)}/${encodeURIComponent(
        name,
      )}/recovery${listQueryString(
        {},
        { months: options.months?.toString() },
      )}`,
    );
  }

  /** {@inheritDoc ContinuityApi.getBlastRadius} */
  getBlastRadius(entityRef: string) {
    return this.get<BlastRadius>(
      `/blast-radius?entityRef=${encodeURIComponent(entityRef)}`,
    );
  }

  /** {@inheritDoc ContinuityApi.listRtoConflicts} */
  listRtoConflicts(request: ListRequest) {
    return this.get<ListPage<RtoConflict>>(
      `/rto-conflicts${listQueryString(request)}`,
    );
  }

  /** {@inheritDoc ContinuityApi.listDoraTables} */
  async listDoraTables() {
    return (await this.getDoraRegister()).tables;
  }

  /** {@inheritDoc ContinuityApi.getDoraRegister} */
  getDoraRegister(request: { asOf?: string } = {}) {
    return this.get<DoraRegisterSummary>(`/dora${listQueryString({}, { asOf: request.asOf })}`);
  }

  /** {@inheritDoc ContinuityApi.listDoraFindings} */
  listDoraFindings(request: DoraFindingsRequest) {
    const { asOf, ...list } = request;
    return this.get<ListPage<DoraLintFinding>>(`/dora/findings${listQueryString(list, { asOf })}`);
  }

  /** {@inheritDoc ContinuityApi.downloadDoraPackage} */
  async downloadDoraPackage(request: { asOf?: string } = {}): Promise<DoraPackageFile> {
    const response = await this.backend.send(
      `/dora/package${listQueryString({}, { asOf: request.asOf })}`,
    );
    // The name ends with the time the backend made the package, so only the backend knows it.
    const fileName = /filename="([^"]+)"/.exec(response.headers.get('Content-Disposition') ?? '')?.[1];
    if (!fileName) {
      throw new Error('The report package came without a file name (Content-Disposition)');
    }
    return { fileName, content: await response.blob() };
  }

  /** {@inheritDoc ContinuityApi.listDoraSnapshots} */
  async listDoraSnapshots() {
    const { snapshots } = await this.get<{ snapshots: DoraRegisterSnapshot[] }>('/dora/history');
    return snapshots;
  }

  /** {@inheritDoc ContinuityApi.diffDoraRegister} */
  diffDoraRegister(request: { from: string; to: string }) {
    return this.get<DoraRegisterDiff>(`/dora/diff${listQueryString({}, request)}`);
  }

  /** {@inheritDoc ContinuityApi.listRecordChanges} */
  async listRecordChanges(request: { limit?: number }) {
    const { items } = await this.get<{ items: RecordFileChange[] }>(
      `/changes${listQueryString({ limit: request.limit })}`,
    );
    return items;
  }

  /** {@inheritDoc ContinuityApi.exportCsv} */
  async exportCsv(
    list: ContinuityList | `dora/${string}`,
    request?: ListRequest & { asOf?: string },
  ) {
    const query = listQueryString(
      {
        filters: request?.filters,
        q: request?.q,
        sort: request?.sort,
        order: request?.order,
      },
      { asOf: request?.asOf },
    );
    return (await this.backend.send(`/${list}.csv${query}`)).text();
  }

  /** {@inheritDoc ContinuityApi.onCallNow} */
  async onCallNow(groupRef: string): Promise<OnCallGroup[]> {
    const ref = stringifyEntityRef(
      parseEntityRef(groupRef, { defaultKind: 'group' }),
    );
    return (await this.onCall.getEntityOnCall(ref)).items;
  }
}
