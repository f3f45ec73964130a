import type { LazyExtension } from './browser';
import type { Summary } from './stats';

export type Unit = 'ms' | 'KB';

/** A goal on the ratio measured / baseline. */
export interface Goal {
  /** `<=` for "at most", `<` for "under". */
  comparison: '<=' | '<';
  ratio: number;
  /** How the goal reads in the issue, e.g. "≤ 3×" or "< 16 ms". */
  text: string;
}

export interface FigureResult {
  id: string;
  title: string;
  unit: Unit;
  measured: Summary;
  /** A run measured beside the subject, or a fixed limit (a frame, a size budget). */
  baseline: Summary | number;
  baselineLabel: string;
  /** Per-repetition ratios; the median is the headline figure. */
  ratio: Summary;
  /** Absent for figures reported for information only. */
  goal?: Goal;
  /** Undefined when there is no goal. */
  pass?: boolean;
  /** Facts that belong with the figure: counts found, memory peaks, sizes per file. */
  details: Record<string, unknown>;
  notes: string[];
}

export interface FigureOptions {
  quick: boolean;
  /** The frozen copy of the production build every browser figure loads. */
  buildDir: string;
  /** Chromium with that build, started on first use and shared between figures. */
  extension: LazyExtension;
  /**
   * A second Chromium with the same build whose inventory no figure writes: the empty side of
   * the figures that compare against an empty inventory. Started on first use, shared too.
   */
  emptyInventory: LazyExtension;
  /** Progress lines; the table comes at the end. */
  log: (line: string) => void;
}

/** A figure module measures one thing, sometimes with a companion figure worth a row. */
export type FigureRun = (options: FigureOptions) => Promise<FigureResult[]>;

export function meetsGoal(ratio: number, goal: Goal): boolean {
  return goal.comparison === '<' ? ratio < goal.ratio : ratio <= goal.ratio;
}
