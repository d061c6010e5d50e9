import { createApiRef } from '@backstage/frontend-plugin-api';
import type { TrendPeriod } from '@readiness/plugin-readiness-common';
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

/** The scorecards backend, as the signed-in user. */
export interface ScorecardsApi {
  getScorecards(): Promise<ScorecardsResponse>;
  getSquadScorecard(squadRef: string): Promise<SquadScorecardResponse>;
  getAuditTrail(squadRef: string): Promise<AuditResponse>;
  getHistory(options: {
    period: TrendPeriod;
    count?: number;
    squad?: string;
  }): Promise<HistoryResponse>;
  compare(options: { from: string; to: string }): Promise<ComparisonResponse>;
  /** The scorecards of every squad as CSV text. */
  exportCsv(): Promise<string>;
  evaluate(options?: { squad?: string }): Promise<EvaluationSummary>;
  attest(attestation: NewAttestation): Promise<void>;
  approve(options: { squad: string; checkId: string }): Promise<void>;
  waive(waiver: NewWaiver): Promise<void>;
}

/** @public */
export const scorecardsApiRef = createApiRef<ScorecardsApi>({
  id: 'plugin.scorecards',
});
