import { parseEntityRef } from '@backstage/catalog-model';
import {
  createJsonFetcher,
  JsonFetcher,
  JsonFetcherOptions,
  listQueryString,
  ListRequest,
} from '@readiness/plugin-readiness-api-common';
import type {
  ApprovalQueueResponse,
  AttestationResponse,
  AuditResponse,
  ComparisonQuery,
  ComparisonResponse,
  EvaluationRequest,
  EvaluationSummary,
  HistoryQuery,
  HistoryResponse,
  NewAttestation,
  NewAttestationDecision,
  NewWaiver,
  ScorecardsResponse,
  SquadScorecardResponse,
  WaiverResponse,
} from './api';

/**
 * Per-call options: a backend passes the token of the credentials it calls with; a frontend's
 * fetchApi adds the user's token itself.
 *
 * @public
 */
export interface ScorecardsRequestOptions {
  token?: string;
}

/**
 * The scorecards backend's API, as a frontend or another backend calls it.
 *
 * @public
 */
export interface ScorecardsApi {
  /** The summaries over every squad and one page of squads (50 unless the request says). */
  getScorecards(
    request?: ListRequest,
    options?: ScorecardsRequestOptions,
  ): Promise<ScorecardsResponse>;
  getSquadScorecard(
    squadRef: string,
    options?: ScorecardsRequestOptions,
  ): Promise<SquadScorecardResponse>;
  getAuditTrail(
    squadRef: string,
    options?: ScorecardsRequestOptions,
  ): Promise<AuditResponse>;
  getHistory(
    query: HistoryQuery,
    options?: ScorecardsRequestOptions,
  ): Promise<HistoryResponse>;
  compare(
    query: ComparisonQuery,
    options?: ScorecardsRequestOptions,
  ): Promise<ComparisonResponse>;
  /** The scorecards of every squad as CSV text. */
  exportCsv(options?: ScorecardsRequestOptions): Promise<string>;
  evaluate(
    request?: EvaluationRequest,
    options?: ScorecardsRequestOptions,
  ): Promise<EvaluationSummary>;
  attest(
    attestation: NewAttestation,
    options?: ScorecardsRequestOptions,
  ): Promise<AttestationResponse>;
  /** The attestations awaiting the signed-in person's approval. */
  getApprovalQueue(
    options?: ScorecardsRequestOptions,
  ): Promise<ApprovalQueueResponse>;
  /** Approves or rejects an attestation that awaits approval. */
  decide(
    decision: NewAttestationDecision,
    options?: ScorecardsRequestOptions,
  ): Promise<AttestationResponse>;
  waive(
    waiver: NewWaiver,
    options?: ScorecardsRequestOptions,
  ): Promise<WaiverResponse>;
}

function squadPath(squadRef: string): string {
  const { namespace, name } = parseEntityRef(squadRef, {
    defaultKind: 'group',
  });
  return `/squads/${encodeURIComponent(namespace)}/${encodeURIComponent(name)}`;
}

/**
 * Calls the scorecards backend plugin (`/api/scorecards`). Works in the browser (give it the
 * app's discoveryApi and fetchApi) and in a backend (give it the discovery service and pass a
 * token per call).
 *
 * @public
 */
export class ScorecardsClient implements ScorecardsApi {
  private readonly backend: JsonFetcher;

  constructor(options: Omit<JsonFetcherOptions, 'pluginId'>) {
    this.backend = createJsonFetcher({ ...options, pluginId: 'scorecards' });
  }

  getScorecards(
    request?: ListRequest,
    options?: ScorecardsRequestOptions,
  ): Promise<ScorecardsResponse> {
    return this.json('GET', `/scorecards${listQueryString(request)}`, options);
  }

  getSquadScorecard(
    squadRef: string,
    options?: ScorecardsRequestOptions,
  ): Promise<SquadScorecardResponse> {
    return this.json('GET', squadPath(squadRef), options);
  }

  getAuditTrail(
    squadRef: string,
    options?: ScorecardsRequestOptions,
  ): Promise<AuditResponse> {
    return this.json('GET', `${squadPath(squadRef)}/audit`, options);
  }

  getHistory(
    query: HistoryQuery,
    options?: ScorecardsRequestOptions,
  ): Promise<HistoryResponse> {
    return this.backend.json('/history', {
      query: { ...query },
      token: options?.token,
    });
  }

  compare(
    query: ComparisonQuery,
    options?: ScorecardsRequestOptions,
  ): Promise<ComparisonResponse> {
    return this.backend.json('/compare', {
      query: { ...query },
      token: options?.token,
    });
  }

  async exportCsv(options?: ScorecardsRequestOptions): Promise<string> {
    return (
      await this.backend.send('/export.csv', { token: options?.token })
    ).text();
  }

  evaluate(
    request: EvaluationRequest = {},
    options?: ScorecardsRequestOptions,
  ): Promise<EvaluationSummary> {
    return this.json('POST', '/evaluate', options, request);
  }

  attest(
    attestation: NewAttestation,
    options?: ScorecardsRequestOptions,
  ): Promise<AttestationResponse> {
    return this.json('POST', '/attestations', options, attestation);
  }

  getApprovalQueue(
    options?: ScorecardsRequestOptions,
  ): Promise<ApprovalQueueResponse> {
    return this.json('GET', '/approvals', options);
  }

  decide(
    decision: NewAttestationDecision,
    options?: ScorecardsRequestOptions,
  ): Promise<AttestationResponse> {
    return this.json('POST', '/decisions', options, decision);
  }

  waive(
    waiver: NewWaiver,
    options?: ScorecardsRequestOptions,
  ): Promise<WaiverResponse> {
    return this.json('POST', '/waivers', options, waiver);
  }

  private json<T>(
    method: string,
    path: string,
    options?: ScorecardsRequestOptions,
    body?: unknown,
  ): Promise<T> {
    return this.backend.json(path, { method, token: options?.token, body });
  }
}
