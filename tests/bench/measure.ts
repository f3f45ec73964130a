import { pairedRatios, summarize, type Summary } from './stats';

export interface PairedSamples {
  /** Milliseconds (or whatever unit the runs return), one per repetition, in run order. */
  baseline: number[];
  subject: number[];
  /** subject[i] / baseline[i] */
  ratios: number[];
  /** Pairs run, warm-up included; run i got repetition number i. */
  runs: number;
}

export interface InterleaveOptions {
  repetitions: number;
  /** Pairs run first and thrown away: JIT warm-up, caches, lazily opened databases. */
  warmup?: number;
  baseline: (repetition: number) => Promise<number>;
  subject: (repetition: number) => Promise<number>;
  /** Called after each kept pair, so a long run shows it is alive. */
  onPair?: (done: number, total: number) => void;
}

/**
 * Runs baseline and subject alternately, swapping which goes first on every repetition, so
 * neither side always follows the other's garbage or sits on the same side of a noisy spell.
 */
export async function interleave(options: InterleaveOptions): Promise<PairedSamples> {
  const { repetitions, warmup = 1 } = options;
  const baseline: number[] = [];
  const subject: number[] = [];
  for (let i = 0; i < warmup + repetitions; i++) {
    let b: number;
    let s: number;
    if (i % 2 === 0) {
      b = await options.baseline(i);
      s = await options.subject(i);
    } else {
      s = await options.subject(i);
      b = await options.baseline(i);
    }
    if (i < warmup) continue;
    baseline.push(b);
    subject.push(s);
    options.onPair?.(i - warmup + 1, repetitions);
  }
  return { baseline, subject, ratios: pairedRatios(subject, baseline), runs: warmup + repetitions };
}

/** Each sample over a fixed limit (a frame, a budget, a theoretical bound). */
export function ratiosAgainst(samples: readonly number[], limit: number): Summary {
  return summarize(samples.map((value) => value / limit));
}
