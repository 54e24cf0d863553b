/** Summary of one series of timings, in milliseconds rounded to 2 decimals. */
export interface Summary {
  count: number;
  p50: number;
  p95: number;
  mean: number;
  min: number;
  max: number;
}

export const round2 = (ms: number): number => Math.round(ms * 100) / 100;

/**
 * Nearest-rank percentile: always a time that was actually measured, so a p95 over 200
 * samples is the 190th fastest, not an interpolation between two runs.
 */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) throw new Error('percentile of no samples');
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[Math.min(rank, sorted.length) - 1]!;
}

export function summarize(samplesMs: readonly number[]): Summary {
  if (samplesMs.length === 0) throw new Error('no samples to summarise');
  const sorted = [...samplesMs].sort((a, b) => a - b);
  const sum = sorted.reduce((a, b) => a + b, 0);
  return {
    count: sorted.length,
    p50: round2(percentile(sorted, 50)),
    p95: round2(percentile(sorted, 95)),
    mean: round2(sum / sorted.length),
    min: round2(sorted[0]!),
    max: round2(sorted[sorted.length - 1]!),
  };
}
