import { parseEntityRef } from '@backstage/catalog-model';
import { ResponseError } from '@backstage/errors';
import { DiscoveryApi, FetchApi } from '@backstage/frontend-plugin-api';
import type { TrendPeriod } from '@readiness/plugin-readiness-common';
import { ScorecardsApi } from './ScorecardsApi';
import {
  AuditResponse,
  ComparisonResponse,
  EvaluationSummary,
  HistoryResponse,
  NewAttestation,
  NewWaiver,
  ScorecardsResponse,
  SquadScorecardResponse,
} from './types';

function squadPath(squadRef: string): string {
  const { namespace, name } = parseEntityRef(squadRef, {
    defaultKind: 'group',
  });
  return `/squads/${encodeURIComponent(namespace)}/${encodeURIComponent(name)}`;
}

/** Calls the scorecards backend plugin (/api/scorecards) with the user's token. */
export class ScorecardsClient implements ScorecardsApi {
  constructor(
    private readonly deps: { discoveryApi: DiscoveryApi; fetchApi: FetchApi },
  ) {}

  getScorecards(): Promise<ScorecardsResponse> {
    return this.json('GET', '/scorecards');
  }

  getSquadScorecard(squadRef: string): Promise<SquadScorecardResponse> {
    return this.json('GET', squadPath(squadRef));
  }

  getAuditTrail(squadRef: string): Promise<AuditResponse> {
    return this.json('GET', `${squadPath(squadRef)}/audit`);
  }

  getHistory(options: {
    period: TrendPeriod;
    count?: number;
    squad?: string;
  }): Promise<HistoryResponse> {
    return this.json('GET', `/history?${query(options)}`);
  }

  compare(options: { from: string; to: string }): Promise<ComparisonResponse> {
    return this.json('GET', `/compare?${query(options)}`);
  }

  async exportCsv(): Promise<string> {
    return (await this.send('GET', '/export.csv')).text();
  }

  evaluate(options: { squad?: string } = {}): Promise<EvaluationSummary> {
    return this.json('POST', '/evaluate', options);
  }

  async attest(attestation: NewAttestation): Promise<void> {
    await this.send('POST', '/attestations', attestation);
  }

  async approve(options: { squad: string; checkId: string }): Promise<void> {
    await this.send('POST', '/approvals', options);
  }

  async waive(waiver: NewWaiver): Promise<void> {
    await this.send('POST', '/waivers', waiver);
  }

  private async json<T>(
    method: string,
    path: string,
    body?: unknown,
  ): Promise<T> {
    return (await this.send(method, path, body)).json();
  }

  private async send(
    method: string,
    path: string,
    body?: unknown,
  ): Promise<Response> {
    const baseUrl = await this.deps.discoveryApi.getBaseUrl('scorecards');
    const response = await this.deps.fetchApi.fetch(`${baseUrl}${path}`, {
      method,
      ...(body === undefined
        ? {}
        : {
            headers: { 'Content-Type': 'application/json' },
            body: JSON.stringify(body),
          }),
    });
    if (!response.ok) {
      throw await ResponseError.fromResponse(response);
    }
    return response;
  }
}

function query(params: Record<string, string | number | undefined>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined) search.set(key, String(value));
  }
  return search.toString();
}
