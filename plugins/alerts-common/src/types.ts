import type { OnCallGroup } from '@readiness/plugin-oncall-common';
import type {
  ErrorCodeClass,
  ProcedureEntity,
} from '@readiness/plugin-readiness-common';
import type {
  ListPage,
  ListRequest,
} from '@readiness/plugin-readiness-api-common';
import type { AlertSummary, TitledRef } from './alertSummary';
import type {
  AlertCoverageSummary,
  CoverageGap,
  CoverageGroup,
} from './coverage';
import type { ProcedureReviewStatus } from './procedureReviewStatus';
import type { ProcedureSummary } from './procedureSummary';

/**
 * A page of the alert catalog (`GET /`), with value counts over every matching alert.
 *
 * @public
 */
export interface AlertPage extends ListPage<AlertSummary> {
  /** By field of `ALERT_CATALOG_FIELDS`, how many matching alerts have each value. */
  counts: Record<string, Record<string, number>>;
}

/**
 * How many owners `GET /facets` sends and `GET /facets/owners` finds: a filter menu's worth.
 *
 * @public
 */
export const ALERT_OWNERS_SHOWN = 50;

/**
 * The owners, domains and journeys the alert catalog can be filtered by (`GET /facets`). Of the
 * owners it sends the {@link ALERT_OWNERS_SHOWN} with the most alerts, by title, and how many
 * there are in all; the others are found with `GET /facets/owners?q=`.
 *
 * @public
 */
export interface AlertFacets {
  owners: TitledRef[];
  /** How many owners own an alert, listed or not. */
  ownerTotal: number;
  domains: TitledRef[];
  journeys: string[];
  total: number;
}

/**
 * The answer of `GET /facets/owners?q=`: the owners whose ref or title contains the text (any
 * case), the {@link ALERT_OWNERS_SHOWN} with the most alerts of them by title, and how many
 * matched.
 *
 * @public
 */
export interface AlertOwnerSearch {
  owners: TitledRef[];
  total: number;
}

/**
 * A procedure as the SOP library and the Operations tab list it, with its review status today:
 * what their table shows and sorts by. The alerts that name it come as a count; the procedure's
 * page reads them, and the procedure itself, from `GET /procedures/entities/:namespace/:name`.
 *
 * @public
 */
export type ProcedureRow = Pick<
  ProcedureSummary,
  | 'ref'
  | 'name'
  | 'title'
  | 'description'
  | 'type'
  | 'owner'
  | 'services'
  | 'lastReviewed'
  | 'reviewInterval'
  | 'reviewDue'
  | 'hasTechDocs'
> & {
  /** How many alerts name it as their SOP or as one of their scripts. */
  alertCount: number;
  review: ProcedureReviewStatus;
};

/**
 * A post-mortem of the component an alert monitors.
 *
 * @public
 */
export interface PostmortemLink {
  ref: string;
  title: string;
  reviewType: string;
  severity?: string;
  startedAt?: string;
  status: string;
}

/**
 * An alert with what the on-call needs (`GET /entities/:namespace/:name`): the job or
 * service, SOP, scripts and post-mortems.
 *
 * @public
 */
export interface AlertDetails {
  summary: AlertSummary;
  monitored?: {
    ref: string;
    title: string;
    kind: string;
    type?: string;
    description?: string;
    annotations: Record<string, string>;
  };
  procedure?: { entity: ProcedureEntity; review: ProcedureReviewStatus };
  scripts: ProcedureEntity[];
  postmortems: PostmortemLink[];
}

/**
 * A procedure with the alerts that name it and the script templates they offer
 * (`GET /procedures/entities/:namespace/:name`).
 *
 * @public
 */
export interface ProcedureDetails {
  procedure: ProcedureRow;
  alerts: AlertSummary[];
  scripts: ProcedureEntity[];
}

/**
 * One error code of the catalog, with every alert that carries it and their SOPs.
 *
 * @public
 */
export interface ErrorCodeEntry {
  code: string;
  class: ErrorCodeClass;
  /** The meanings the alerts give it, without repeats. */
  meanings: string[];
  alerts: TitledRef[];
  procedures: TitledRef[];
  owners: TitledRef[];
}

/**
 * A page of error codes (`GET /error-codes`), with how many codes each class has.
 *
 * @public
 */
export interface ErrorCodePage extends ListPage<ErrorCodeEntry> {
  counts: Record<string, number>;
}

/**
 * The alerts, procedures and error codes of a service, job or squad (`GET /operations`).
 *
 * @public
 */
export interface Operations {
  entityRef: string;
  alerts: AlertSummary[];
  procedures: ProcedureRow[];
  errorCodes: ErrorCodeEntry[];
}

/**
 * Who is on call for an entity, or why the portal cannot tell.
 *
 * @public
 */
export type OnCallResult =
  | {
      available: true;
      source: 'sandbox' | 'pagerduty';
      /** When PagerDuty was last read; the viewer tells the age on its clock. */
      syncedAt?: string;
      stale: boolean;
      groups: OnCallGroup[];
    }
  | { available: false; reason: string };

/**
 * The alert catalog and SOP library (`/api/alerts`), and who is on call for an alert's
 * service. Every call needs a signed-in user or a backend acting for one.
 *
 * @public
 */
export interface AlertsApi {
  /** `GET /`: a page of the alert catalog. */
  listAlerts(request: ListRequest): Promise<AlertPage>;
  /** `GET /facets` */
  getAlertFacets(): Promise<AlertFacets>;
  /** `GET /facets/owners?q=`: the owners the text finds, for the owner filter's search. */
  searchAlertOwners(text: string): Promise<AlertOwnerSearch>;
  /** `GET /export.csv`: the alerts the request's filters match, as CSV (paging ignored). */
  exportAlerts(request: ListRequest): Promise<Blob>;
  /** `GET /entities/:namespace/:name` */
  getAlert(ref: { namespace: string; name: string }): Promise<AlertDetails>;
  /** `GET /coverage`: each check's totals and the tallies by domain. */
  getCoverage(): Promise<AlertCoverageSummary>;
  /** `GET /coverage/squads`: a page of the squads' tallies, by title or gaps (`sort`), `q` in titles. */
  listSquadCoverage(request: ListRequest): Promise<ListPage<CoverageGroup>>;
  /** `GET /coverage/gaps`: a page of the gaps, by check, domain and owner (`filter[...]`). */
  listCoverageGaps(request: ListRequest): Promise<ListPage<CoverageGap>>;
  /** `GET /procedures`: a page of the SOP library, overdue first. */
  listProcedures(request: ListRequest): Promise<ListPage<ProcedureRow>>;
  /** `GET /procedures/entities/:namespace/:name` */
  getProcedure(ref: {
    namespace: string;
    name: string;
  }): Promise<ProcedureDetails>;
  /** `GET /error-codes` */
  listErrorCodes(request: ListRequest): Promise<ErrorCodePage>;
  /** `GET /operations?entityRef=`: what a service, job or squad runs on. */
  getOperations(entityRef: string): Promise<Operations>;
  /** Who is on call for an entity, from the on-call backend when it answers. */
  getOnCall(entityRef: string): Promise<OnCallResult>;
}
