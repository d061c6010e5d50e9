import type {
  OnCallGroup,
  OnCallPerson,
} from '@readiness/plugin-oncall-common';
import type {
  AlertCoverage,
  AlertSummary,
  ErrorCodeEntry,
  ProcedureEntity,
  ProcedureReviewStatus,
  ProcedureSummary,
  TitledRef,
} from '@readiness/plugin-readiness-common';
import type { ListPage, ListRequest } from '@readiness/plugin-readiness-react';

/** Filters, free text, sort and page of a list request, and a page of a list. */
export type { ListPage, ListRequest };

/** A page of the alert catalog, with value counts over every matching alert. */
export interface AlertPage extends ListPage<AlertSummary> {
  counts: Record<string, Record<string, number>>;
}

/** The owners, domains and journeys the alert catalog can be filtered by. */
export interface AlertFacets {
  owners: TitledRef[];
  domains: TitledRef[];
  journeys: string[];
  total: number;
}

/** A procedure with its review status today. */
export type ProcedureRow = ProcedureSummary & { review: ProcedureReviewStatus };

/** A post-mortem of the component an alert monitors. */
export interface PostmortemLink {
  ref: string;
  title: string;
  reviewType: string;
  severity?: string;
  startedAt?: string;
  status: string;
}

/** An alert with what the on-call needs: the job or service, SOP, scripts and post-mortems. */
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

/** A procedure with the alerts that name it and the script templates they offer. */
export interface ProcedureDetails {
  procedure: ProcedureRow;
  alerts: AlertSummary[];
  scripts: ProcedureEntity[];
}

/** A page of error codes, with how many codes each class has. */
export interface ErrorCodePage extends ListPage<ErrorCodeEntry> {
  counts: Record<string, number>;
}

/** The alerts, procedures and error codes of a service, job or squad. */
export interface Operations {
  entityRef: string;
  alerts: AlertSummary[];
  procedures: ProcedureRow[];
  errorCodes: ErrorCodeEntry[];
}

/** Who is on call, as the on-call backend answers. */
export type { OnCallGroup, OnCallPerson };

/** Who is on call for an entity, or why the portal cannot tell. */
export type OnCallResult =
  | {
      available: true;
      source: 'sandbox' | 'pagerduty';
      dataAgeSeconds?: number;
      stale: boolean;
      groups: OnCallGroup[];
    }
  | { available: false; reason: string };

export type { AlertCoverage };
