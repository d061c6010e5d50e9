import type { ListPage } from '@readiness/plugin-readiness-api-common';
import type {
  CapabilityCheck,
  CapabilityLevel,
} from '@readiness/plugin-readiness-common';
import type {
  Attestation,
  AttestationDue,
  CheckResult,
  LevelTrendPoint,
  ScorecardChange,
  SquadLevel,
  TrendPeriod,
  Waiver,
} from './results';

/**
 * People's names by their user entity ref, for the refs an answer mentions (a ref the catalog
 * does not know is absent).
 *
 * @public
 */
export type PeopleNames = Record<string, string>;

/**
 * The capability model as a list of squads names it: its levels, and of each check what heads a
 * column (id, title, level). A squad's own scorecard has the whole model ({@link ModelView}).
 *
 * @public
 */
export interface ModelOutline {
  ref: string;
  title: string;
  version: string;
  levels: CapabilityLevel[];
  checks: Array<Pick<CapabilityCheck, 'id' | 'title' | 'level'>>;
}

/**
 * The capability model as the API serves it: attestation checks carry their effective validity.
 *
 * @public
 */
export interface ModelView extends ModelOutline {
  owner: string;
  checks: CapabilityCheck[];
}

/**
 * A squad the capability model applies to, as the scorecards list it.
 *
 * @public
 */
export interface SquadSummary {
  ref: string;
  name: string;
  title: string;
  domain?: string;
}

/**
 * One squad's row in `GET /scorecards`: what the heat map shows of it, its latest level and each
 * check's status with the reason in a sentence, without evidence.
 *
 * @public
 */
export interface SquadScorecardRow extends Omit<SquadSummary, 'name'> {
  level?: number;
  results: Array<Pick<CheckResult, 'checkId' | 'status' | 'summary'>>;
}

/**
 * The filters of `GET /scorecards`: `filter[domain]=`, and `q` matches a squad's title or ref.
 *
 * @public
 */
export type ScorecardListFilter = 'domain';

/**
 * `GET /scorecards?offset=&limit=&q=&filter[domain]=`: the model, the level distribution and
 * how many squads fail each check (both over every squad), and one page of squads' latest
 * scorecards, ordered by domain and title. `limit=0` asks for the summaries alone.
 *
 * @public
 */
export interface ScorecardsResponse {
  model: ModelOutline;
  evaluatedAt?: string;
  distribution: Record<number, number>;
  /** Squads failing each check, by check id; checks no squad fails are absent. */
  failing: Record<string, number>;
  squads: ListPage<SquadScorecardRow>;
}

/**
 * What the permission policy lets the viewer do on a squad's scorecard (the backend enforces it).
 *
 * @public
 */
export interface ScorecardViewer {
  userRef: string;
  canAttest: boolean;
  /** Approve or reject other people's attestations. */
  canApprove: boolean;
  canWaive: boolean;
  canEvaluate: boolean;
}

/**
 * `GET /squads/:namespace/:name`: one squad's full scorecard.
 *
 * @public
 */
export interface SquadScorecardResponse {
  squad: SquadSummary;
  model: ModelView;
  evaluatedAt?: string;
  modelVersion?: string;
  level?: SquadLevel;
  results: CheckResult[];
  attestations: Attestation[];
  attestationsDue: AttestationDue[];
  waivers: Array<Waiver & { active: boolean }>;
  viewer: ScorecardViewer;
  names: PeopleNames;
}

/**
 * One change to a squad's attestation or waiver.
 *
 * @public
 */
export interface ScorecardAuditEntry {
  subject: 'attestation' | 'waiver';
  action: 'attested' | 'approved' | 'rejected' | 'waived';
  squadRef: string;
  checkId: string;
  actor: string;
  at: string;
  previousValue?: unknown;
  newValue: unknown;
}

/**
 * `GET /squads/:namespace/:name/audit`
 *
 * @public
 */
export interface AuditResponse {
  entries: ScorecardAuditEntry[];
  names: PeopleNames;
}

/**
 * The query of `GET /history`: the period, how many of them (default 12 weeks or 8 quarters) and
 * optionally one squad.
 *
 * @public
 */
export interface HistoryQuery {
  period: TrendPeriod;
  count?: number;
  squad?: string;
}

/**
 * `GET /history`: squads per level and the average level per period, oldest first.
 *
 * @public
 */
export interface HistoryResponse {
  period: TrendPeriod;
  squad?: string;
  points: LevelTrendPoint[];
}

/**
 * The query of `GET /compare`: two days, `YYYY-MM-DD`, `from` not after `to`.
 *
 * @public
 */
export interface ComparisonQuery {
  from: string;
  to: string;
}

/**
 * `GET /compare`: how each squad changed between two days.
 *
 * @public
 */
export interface ComparisonResponse {
  from: string;
  to: string;
  distributionBefore: Record<number, number>;
  distributionAfter: Record<number, number>;
  changes: Array<ScorecardChange & { title: string; domain?: string }>;
}

/**
 * The body of `POST /evaluate`: one squad's ref, or none for every squad.
 *
 * @public
 */
export interface EvaluationRequest {
  squad?: string;
}

/**
 * What an evaluation did: the answer of `POST /evaluate`, and part of every change's answer.
 *
 * @public
 */
export interface EvaluationSummary {
  runId: number;
  evaluatedAt: string;
  modelVersion: string;
  squads: number;
  durationMs: number;
}

/**
 * The body of `POST /attestations`.
 *
 * @public
 */
export interface NewAttestation {
  squad: string;
  checkId: string;
  evidenceUrl: string;
  comment: string;
}

/**
 * `POST /attestations`: the stored attestation and the squad's re-evaluation.
 *
 * @public
 */
export interface AttestationResponse {
  attestation: Attestation;
  evaluation: EvaluationSummary;
}

/**
 * What an approver decides about an attestation that awaits approval.
 *
 * @public
 */
export const ATTESTATION_DECISIONS = ['approve', 'reject'] as const;

/**
 * One of {@link ATTESTATION_DECISIONS}.
 *
 * @public
 */
export type AttestationDecision = (typeof ATTESTATION_DECISIONS)[number];

/**
 * The body of `POST /decisions`: an approver's decision on the squad's attestation of the check,
 * and why.
 *
 * @public
 */
export interface NewAttestationDecision {
  squad: string;
  checkId: string;
  decision: AttestationDecision;
  reason: string;
}

/**
 * An attestation that waits for an approver, with its squad and check.
 *
 * @public
 */
export interface PendingAttestation {
  squad: SquadSummary;
  check: Pick<CapabilityCheck, 'id' | 'title' | 'level' | 'evidence'>;
  attestation: Attestation;
}

/**
 * `GET /approvals`: the attestations awaiting the signed-in person's approval, oldest first.
 * Empty for someone who may not approve; their own attestations are never listed.
 *
 * @public
 */
export interface ApprovalQueueResponse {
  canApprove: boolean;
  pending: PendingAttestation[];
  names: PeopleNames;
}

/**
 * The body of `POST /waivers`: `expiresOn` is a day, `YYYY-MM-DD`.
 *
 * @public
 */
export interface NewWaiver {
  squad: string;
  checkId: string;
  reason: string;
  expiresOn: string;
}

/**
 * `POST /waivers`: the stored waiver and the squad's re-evaluation.
 *
 * @public
 */
export interface WaiverResponse {
  waiver: Waiver;
  evaluation: EvaluationSummary;
}
