import { parseEntityRef } from '@backstage/catalog-model';
import { ResponseError } from '@backstage/errors';
import type {
  AttestationResponse,
  AuditResponse,
  ComparisonQuery,
  ComparisonResponse,
  EvaluationRequest,
  EvaluationSummary,
  HistoryQuery,
  HistoryResponse,
  NewApproval,
  NewAttestation,
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
  getScorecards(
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
  approve(
    approval: NewApproval,
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

function queryString(
  params: Record<string, string | number | undefined>,
): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined) search.set(key, String(value));
  }
  return search.toString();
}

/**
 * Calls the scorecards backend plugin (`/api/scorecards`). Works in the browser (give it the
 * app's discoveryApi and fetchApi) and in a backend (give it the discovery service and pass a
 * token per call).
 *
 * @public
 */
export class ScorecardsClient implements ScorecardsApi {
  private readonly discoveryApi: {
    getBaseUrl(pluginId: string): Promise<string>;
  };
  private readonly fetchApi: { fetch: typeof fetch };

  constructor(options: {
    discoveryApi: { getBaseUrl(pluginId: string): Promise<string> };
    fetchApi?: { fetch: typeof fetch };
  }) {
    this.discoveryApi = options.discoveryApi;
    this.fetchApi = options.fetchApi ?? { fetch };
  }

  getScorecards(
    options?: ScorecardsRequestOptions,
  ): Promise<ScorecardsResponse> {
    return this.json('GET', '/scorecards', options);
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
    return this.json('GET', `/history?${queryString({ ...query })}`, options);
  }

  compare(
    query: ComparisonQuery,
    options?: ScorecardsRequestOptions,
  ): Promise<ComparisonResponse> {
    return this.json('GET', `/compare?${queryString({ ...query })}`, options);
  }

  async exportCsv(options?: ScorecardsRequestOptions): Promise<string> {
    return (await this.send('GET', '/export.csv', options)).text();
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

  approve(
    approval: NewApproval,
    options?: ScorecardsRequestOptions,
  ): Promise<AttestationResponse> {
    return this.json('POST', '/approvals', options, approval);
  }

  waive(
    waiver: NewWaiver,
    options?: ScorecardsRequestOptions,
  ): Promise<WaiverResponse> {
    return this.json('POST', '/waivers', options, waiver);
  }

  private async json<T>(
    method: string,
    path: string,
    options?: ScorecardsRequestOptions,
    body?: unknown,
  ): Promise<T> {
    return (await this.send(method, path, options, body)).json();
  }

  private async send(
    method: string,
    path: string,
    options?: ScorecardsRequestOptions,
    body?: unknown,
  ): Promise<Response> {
    const baseUrl = await this.discoveryApi.getBaseUrl('scorecards');
    const headers: Record<string, string> = {};
    if (options?.token) headers.Authorization = `Bearer ${options.token}`;
    if (body !== undefined) headers['Content-Type'] = 'application/json';
    const response = await this.fetchApi.fetch(`${baseUrl}${path}`, {
      method,
      headers,
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    if (!response.ok) {
      throw await ResponseError.fromResponse(response);
    }
    return response;
  }
}
