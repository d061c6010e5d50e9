/** The value below which `p` percent of the samples fall (nearest rank); NaN without samples. */
export function percentile(samples: readonly number[], p: number): number {
  if (samples.length === 0) return NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(rank, 1)) - 1];
}

/** The middle value, or the mean of the two middle ones; NaN without samples. */
export function median(samples: readonly number[]): number {
  if (samples.length === 0) return NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2
    ? sorted[middle]
    : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** The most events within any window of `windowMs` (timestamps in ms, in any order). */
export function peakInWindow(
  timestamps: readonly number[],
  windowMs: number,
): number {
  const times = [...timestamps].sort((a, b) => a - b);
  let peak = 0;
  let first = 0;
  times.forEach((time, last) => {
    while (time - times[first] >= windowMs) first += 1;
    peak = Math.max(peak, last - first + 1);
  });
  return peak;
}
