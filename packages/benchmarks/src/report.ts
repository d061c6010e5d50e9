/** One measured figure against its budget (or against stock Backstage). */
export interface Figure {
  measure: string;
  value: string;
  budget: string;
  /** undefined: reported without a budget. */
  pass?: boolean;
}

export interface ReportSection {
  title: string;
  /** Paragraphs before the table. */
  notes?: string[];
  header: string[];
  rows: string[][];
}

export interface Report {
  title: string;
  /** Paragraphs under the title: what this is and how to run it. */
  intro: string[];
  /** Lines about the run: command, machine, versions, settings. */
  context: string[];
  figures: Figure[];
  sections: ReportSection[];
}

const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');

export function markdownTable(header: string[], rows: string[][]): string {
  const line = (cells: string[]) => `| ${cells.map(cell).join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}

export function verdict(pass: boolean | undefined): string {
  if (pass === undefined) return '—';
  return pass ? 'pass' : '**fail**';
}

export function renderReport(report: Report): string {
  const parts = [
    `# ${report.title}`,
    ...report.intro,
    report.context.map(line => `- ${line}`).join('\n'),
    markdownTable(
      ['measure', 'measured', 'budget', 'result'],
      report.figures.map(figure => [figure.measure, figure.value, figure.budget, verdict(figure.pass)]),
    ),
  ];
  for (const section of report.sections) {
    parts.push(`## ${section.title}`, ...(section.notes ?? []), markdownTable(section.header, section.rows));
  }
  return `${parts.join('\n\n')}\n`;
}

/** `1234567` → `1,234,567`; fractions to `digits` places. */
export function formatNumber(value: number, digits = 0): string {
  if (!Number.isFinite(value)) return 'n/a';
  return value.toLocaleString('en-US', {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  });
}

export function formatSeconds(ms: number): string {
  return `${formatNumber(ms / 1000, 1)} s`;
}

export function formatMegabytes(bytes: number): string {
  return `${formatNumber(bytes / 1024 / 1024)} MB`;
}
