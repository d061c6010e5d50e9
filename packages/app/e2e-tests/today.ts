/**
 * The "today" the end-to-end portal runs with (`readiness.today`): the demo
 * records carry fixed dates, so what is overdue is counted for this day, not
 * for the day the suite happens to run.
 */
export const E2E_TODAY = '2026-11-22';

/** The day `days` after {@link E2E_TODAY}, as YYYY-MM-DD. */
export function daysAfterToday(days: number): string {
  return new Date(Date.parse(E2E_TODAY) + days * 86_400_000)
    .toISOString()
    .slice(0, 10);
}
