import type {
  Attestation,
  AttestationDue,
  CapabilityCheck,
  CapabilityLevel,
  CheckResult,
  CheckStatus,
  LevelTrendPoint,
  ScorecardChange,
  SquadLevel,
  TrendPeriod,
  Waiver,
} from '@readiness/plugin-readiness-common';

/** The capability model as the API serves it. */
export interface ModelView {
  ref: string;
  title: string;
  version: string;
  owner: string;
  levels: CapabilityLevel[];
  checks: CapabilityCheck[];
}

/** A squad as the scorecards list it. */
export interface SquadView {
  ref: string;
  name: string;
  title: string;
  domain?: string;
}

/** GET /scorecards */
export interface ScorecardsResponse {
  model: ModelView;
  evaluatedAt?: string;
  distribution: Record<number, number>;
  squads: Array<
    SquadView & {
      level?: number;
      levelName?: string;
      evaluatedAt?: string;
      results: Array<{ checkId: string; status: CheckStatus; summary: string }>;
    }
  >;
}

/** GET /squads/:namespace/:name */
export interface SquadScorecardResponse {
  squad: SquadView;
  model: ModelView;
  evaluatedAt?: string;
  modelVersion?: string;
  level?: SquadLevel;
  results: CheckResult[];
  attestations: Attestation[];
  attestationsDue: AttestationDue[];
  waivers: Array<Waiver & { active: boolean }>;
  /** What the permission policy lets the viewer do here (the backend enforces it). */
  viewer: {
    userRef: string;
    canAttest: boolean;
    canApprove: boolean;
    canEvaluate: boolean;
  };
}

/** GET /history */
export interface HistoryResponse {
  period: TrendPeriod;
  squad?: string;
  points: LevelTrendPoint[];
}

/** GET /compare */
export interface ComparisonResponse {
  from: string;
  to: string;
  distributionBefore: Record<number, number>;
  distributionAfter: Record<number, number>;
  changes: Array<ScorecardChange & { title: string; domain?: string }>;
}

/** GET /squads/:namespace/:name/audit */
export interface AuditResponse {
  entries: Array<{
    subject: 'attestation' | 'waiver';
    action: 'attested' | 'approved' | 'waived';
    checkId: string;
    actor: string;
    at: string;
    previousValue?: unknown;
    newValue: unknown;
  }>;
}

/** POST /evaluate */
export interface EvaluationSummary {
  runId: number;
  evaluatedAt: string;
  modelVersion: string;
  squads: number;
  durationMs: number;
}

/** POST /attestations */
export interface NewAttestation {
  squad: string;
  checkId: string;
  evidenceUrl: string;
  comment: string;
}

/** POST /waivers */
export interface NewWaiver {
  squad: string;
  checkId: string;
  reason: string;
  expiresOn: string;
}
