import type { PeopleNames } from '@readiness/plugin-scorecards-common';
import { personName } from '../common';

/** A link to evidence as a reader sees it: a label instead of the raw URL. */
export interface EvidenceLink {
  url: string;
  label: string;
}

/** An audited attestation or waiver as the trail shows it: its evidence link, then the rest in words. */
export interface AuditValueSummary {
  evidence?: EvidenceLink;
  text: string;
}

/**
 * A readable label for an evidence URL: the last part of its path in words and the site it is on
 * ("tech debt on board.meridianpay.example"); the text itself when it is no URL.
 */
export function evidenceLabel(url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return url;
  }
  const site = parsed.hostname.replace(/^www\./, '');
  const lastPart = parsed.pathname.split('/').filter(Boolean).pop();
  if (!lastPart) return site;
  let words = lastPart;
  try {
    words = decodeURIComponent(lastPart);
  } catch {
    // A malformed escape: the part as written still reads better than nothing.
  }
  words = words
    .replace(/\.[a-z0-9]+$/i, '')
    .replace(/[-_+]+/g, ' ')
    .trim();
  return words ? `${words} on ${site}` : site;
}

/** The title of the check an entry is about; its id for a check the model no longer has. */
export function checkTitle(
  checks: ReadonlyArray<{ id: string; title: string }>,
  checkId: string,
): string {
  return checks.find(check => check.id === checkId)?.title ?? checkId;
}

/** The fields of an audited attestation or waiver that matter to a reader, people by name. */
export function summarizeAuditValue(
  value: unknown,
  names: PeopleNames,
): AuditValueSummary {
  const v = (value ?? {}) as Record<string, string | undefined>;
  const text = [
    v.reason,
    v.expiresAt && `until ${v.expiresAt.slice(0, 10)}`,
    v.approvedBy && `approved by ${personName(names, v.approvedBy)}`,
    v.rejectedBy && `rejected by ${personName(names, v.rejectedBy)}`,
    v.decisionReason && `because: ${v.decisionReason}`,
  ]
    .filter(Boolean)
    .join(', ');
  return {
    evidence: v.evidenceUrl
      ? { url: v.evidenceUrl, label: evidenceLabel(v.evidenceUrl) }
      : undefined,
    text,
  };
}
