import type { DoraClassification, DoraReportClock } from './dora';

/**
 * One field of a DORA report draft: what the competent authority asks for, and what the
 * post-mortem answers (absent when it does not record it).
 *
 * @public
 */
export interface DoraReportField {
  /** Which report first asks for it (Implementing Regulation (EU) 2025/302 templates). */
  section: 'initial' | 'intermediate' | 'final';
  field: string;
  value?: string | number | boolean;
}

/**
 * The answer of `GET /dora-report/:namespace/:name`: the fields of a major incident's
 * reports drafted from its post-mortem, for a person to check and file.
 *
 * @public
 */
export interface DoraReportDraft {
  postmortem: string;
  title: string;
  classification: DoraClassification;
  /** Why it is major, in words. */
  summary: string;
  clocks: DoraReportClock[];
  fields: DoraReportField[];
  /** Where the thresholds and time limits come from. */
  source: string;
}

/** The formats a DORA report draft downloads in. @public */
export type DoraReportFormat = 'json' | 'csv';
