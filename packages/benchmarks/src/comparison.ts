/*
 * The ingestion comparison's rounds: stock Backstage, the portal on the same plain Components and
 * the portal on the slice, back to back, repeated. On a shared 2-core machine either side's time
 * varies by about a fifth from run to run, so one pair of runs cannot tell a ratio near the
 * budget from noise; the median of paired rounds can.
 */

/** One round of the comparison: its three runs, started one after another. */
export interface ComparisonRound<Run extends { totalMs: number }> {
  stock: Run;
  portalPlain: Run;
  slice: Run;
}

/** The figures a round gives: the budget's ratio and the two it splits into. */
export function roundRatios(round: ComparisonRound<{ totalMs: number }>) {
  return {
    /** The slice in the portal over the plain Components in stock Backstage: the budget. */
    sliceVsStock: round.slice.totalMs / round.stock.totalMs,
    /** The portal's own cost: the same plain Components, portal over stock. */
    portalVsStock: round.portalPlain.totalMs / round.stock.totalMs,
    /** The records' cost: the slice over the plain Components, both in the portal. */
    sliceVsPortal: round.slice.totalMs / round.portalPlain.totalMs,
  };
}

/**
 * The round whose slice-to-stock ratio is the median of all rounds'. The count is odd, so the
 * median is one round's, and every figure reported from it (ratios, memory, CPU profile, what the
 * catalog stored) comes from runs that ran next to each other.
 */
export function medianRound<Run extends { totalMs: number }>(
  rounds: ReadonlyArray<ComparisonRound<Run>>,
): ComparisonRound<Run> {
  if (rounds.length % 2 === 0) {
    throw new Error(
      `the ingestion comparison needs an odd number of rounds (got ${rounds.length})`,
    );
  }
  const byRatio = [...rounds].sort(
    (a, b) => roundRatios(a).sliceVsStock - roundRatios(b).sliceVsStock,
  );
  return byRatio[Math.floor(byRatio.length / 2)];
}
