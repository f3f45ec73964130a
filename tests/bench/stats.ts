/** Order statistics for small samples of timings. */

export interface Summary {
  n: number;
  median: number;
  min: number;
  max: number;
  /** First and third quartiles. */
  q1: number;
  q3: number;
}

function sorted(values: readonly number[]): number[] {
  if (values.length === 0) throw new Error('No samples to summarize');
  return [...values].sort((a, b) => a - b);
}

/** Linear interpolation between closest ranks, the same rule spreadsheets use for QUARTILE. */
export function quantile(values: readonly number[], q: number): number {
  const ordered = sorted(values);
  const position = (ordered.length - 1) * q;
  const below = Math.floor(position);
  const above = Math.ceil(position);
  const low = ordered[below] as number;
  const high = ordered[above] as number;
  return low + (high - low) * (position - below);
}

export function median(values: readonly number[]): number {
  return quantile(values, 0.5);
}

export function summarize(values: readonly number[]): Summary {
  const ordered = sorted(values);
  return {
    n: ordered.length,
    median: quantile(ordered, 0.5),
    min: ordered[0] as number,
    max: ordered[ordered.length - 1] as number,
    q1: quantile(ordered, 0.25),
    q3: quantile(ordered, 0.75),
  };
}

/**
 * Each subject run divided by the baseline run next to it. Pairing cancels the slow drifts a
 * shared machine goes through (another job starting, thermal limits) that would bias a ratio of
 * two separately taken medians.
 */
export function pairedRatios(subject: readonly number[], baseline: readonly number[]): number[] {
  if (subject.length !== baseline.length) throw new Error('Ratios need paired samples');
  return subject.map((value, i) => value / (baseline[i] as number));
}
