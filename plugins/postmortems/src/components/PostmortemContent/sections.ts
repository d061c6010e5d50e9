/** The sections of the standard post-mortem template, in the order the page shows them. */
export const TEMPLATE_SECTIONS = [
  { id: 'summary', title: 'Summary', matches: /summary|overview/i },
  { id: 'impact', title: 'Impact', matches: /impact/i },
  { id: 'timeline', title: 'Timeline', matches: /timeline|chronology/i },
  { id: 'detection', title: 'Detection', matches: /detect/i },
  { id: 'fiveWhys', title: 'Five whys', matches: /whys/i },
  {
    id: 'rootCause',
    title: 'Root cause and taxonomy',
    matches: /root cause|taxonomy/i,
  },
  { id: 'wentWell', title: 'What went well', matches: /went well/i },
  {
    id: 'wentWrong',
    title: 'What went wrong',
    matches: /went wrong|went badly|did not go well/i,
  },
  { id: 'lucky', title: 'Where we got lucky', matches: /lucky|luck/i },
  {
    id: 'actions',
    title: 'Actions',
    matches: /actions?\b|remediation|follow.?up/i,
  },
  {
    id: 'participants',
    title: 'Participants',
    matches: /participants|attendees|people/i,
  },
] as const;

export type TemplateSectionId = (typeof TEMPLATE_SECTIONS)[number]['id'];

/** A part of the markdown body under one heading. */
export interface MarkdownSection {
  heading?: string;
  markdown: string;
}

/**
 * Splits a post-mortem's markdown body at its top-level headings (`#` or `##`), and gives each
 * part to the template section its heading names ("## Detection" goes with Detection). Parts
 * whose heading names no section, and text before the first heading, are `other`.
 */
export function splitDetails(details: string | undefined): {
  bySection: Partial<Record<TemplateSectionId, MarkdownSection[]>>;
  other: MarkdownSection[];
} {
  const bySection: Partial<Record<TemplateSectionId, MarkdownSection[]>> = {};
  const other: MarkdownSection[] = [];
  if (!details?.trim()) {
    return { bySection, other };
  }
  const parts: MarkdownSection[] = [];
  let current: MarkdownSection = { markdown: '' };
  let inFence = false;
  for (const line of details.split(/\r?\n/)) {
    if (/^\s*(```|~~~)/.test(line)) inFence = !inFence;
    const heading = inFence ? null : /^#{1,2}\s+(.+?)\s*#*\s*$/.exec(line);
    if (heading) {
      parts.push(current);
      current = { heading: heading[1], markdown: '' };
    } else {
      current.markdown += `${line}\n`;
    }
  }
  parts.push(current);

  for (const part of parts) {
    const markdown = part.markdown.trim();
    if (!markdown && !part.heading) continue;
    const section = part.heading
      ? TEMPLATE_SECTIONS.find(candidate =>
          candidate.matches.test(part.heading!),
        )
      : undefined;
    if (section) {
      (bySection[section.id] ??= []).push({ heading: part.heading, markdown });
    } else {
      other.push({ heading: part.heading, markdown });
    }
  }
  return { bySection, other };
}
