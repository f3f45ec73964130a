import { bottomOf, overlapArea, overlaps, rightOf, type Rect } from './rect';

/**
 * A band across the viewport in which a box slides along one axis: a column (fixed left and
 * width, the box slides up and down) or a row (fixed top and height, it slides sideways).
 * Placing a box in a band reduces a two-dimensional search to free intervals on a line, which is
 * exact for the band and cheap: one pass over the obstacles that cross it.
 */
export interface Strip {
  /** 'column': the box keeps `cross` as its x-range and moves in y; 'row': the other way. */
  readonly kind: 'column' | 'row';
  readonly cross: { readonly start: number; readonly length: number };
  /** Where along the band the box may lie (the viewport less its margins). */
  readonly from: number;
  readonly to: number;
  /** The box's length along the band, and the least it may shrink to in a gap. */
  readonly length: number;
  readonly minLength: number;
  /** Where along the band the box's start would ideally be. */
  readonly preferred: number;
}

export interface StripSpot {
  readonly rect: Rect;
  /** How far the box's start lies from the band's preferred start. */
  readonly shift: number;
  /** True when a gap made the box shorter than wanted. */
  readonly shortened: boolean;
}

interface Span {
  start: number;
  end: number;
}

const alongOf = (strip: Strip, rect: Rect): Span =>
  strip.kind === 'column'
    ? { start: rect.top, end: bottomOf(rect) }
    : { start: rect.left, end: rightOf(rect) };

function rectIn(strip: Strip, start: number, length: number): Rect {
  return strip.kind === 'column'
    ? { left: strip.cross.start, top: start, width: strip.cross.length, height: length }
    : { left: start, top: strip.cross.start, width: length, height: strip.cross.length };
}

/** The first index whose value is at least `value`, in ascending `values`. */
function lowerBound(values: readonly number[], value: number): number {
  let low = 0;
  let high = values.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((values[middle] as number) < value) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** Boxes in the order they start along a band, their extents unpacked for a tight loop. */
interface AlongOrder {
  readonly boxes: readonly Rect[];
  readonly alongStart: Float64Array;
  readonly alongEnd: Float64Array;
  readonly acrossStart: Float64Array;
  readonly acrossEnd: Float64Array;
}

function alongOrder(boxes: readonly Rect[], kind: Strip['kind']): AlongOrder {
  const column = kind === 'column';
  const sorted = [...boxes].sort((a, b) => (column ? a.top - b.top : a.left - b.left));
  const unpack = (read: (box: Rect) => number) => Float64Array.from(sorted, read);
  return {
    boxes: sorted,
    alongStart: unpack(column ? (box) => box.top : (box) => box.left),
    alongEnd: unpack(column ? bottomOf : rightOf),
    acrossStart: unpack(column ? (box) => box.left : (box) => box.top),
    acrossEnd: unpack(column ? rightOf : bottomOf),
  };
}

/**
 * Boxes sorted once per axis, so that each band is one pass with no sorting and no garbage:
 * placement asks hundreds of bands about up to 1500 boxes.
 */
export class BoxIndex {
  private readonly orders: Partial<Record<Strip['kind'], AlongOrder>> = {};

  constructor(readonly boxes: readonly Rect[]) {}

  private orderFor(kind: Strip['kind']): AlongOrder {
    return (this.orders[kind] ??= alongOrder(this.boxes, kind));
  }

  /** The boxes that cross the band or come within `clearance` of it. */
  crossing(strip: Strip, clearance: number): Rect[] {
    const order = this.orderFor(strip.kind);
    const low = strip.cross.start - clearance;
    const high = strip.cross.start + strip.cross.length + clearance;
    const found: Rect[] = [];
    for (let index = 0; index < order.boxes.length; index++) {
      if ((order.acrossStart[index] as number) < high && (order.acrossEnd[index] as number) > low) {
        found.push(order.boxes[index] as Rect);
      }
    }
    return found;
  }

  /** The stretches of the band that no box comes within `clearance` of. */
  freeSpans(strip: Strip, clearance: number): Span[] {
    const order = this.orderFor(strip.kind);
    const low = strip.cross.start - clearance;
    const high = strip.cross.start + strip.cross.length + clearance;
    const free: Span[] = [];
    let cursor = strip.from;
    for (let index = 0; index < order.boxes.length && cursor < strip.to; index++) {
      if ((order.acrossStart[index] as number) >= high) continue;
      if ((order.acrossEnd[index] as number) <= low) continue;
      const start = (order.alongStart[index] as number) - clearance;
      // Boxes come in the order they start: none after this one reaches back into the band.
      if (start >= strip.to) break;
      if (start > cursor) free.push({ start: cursor, end: start });
      cursor = Math.max(cursor, (order.alongEnd[index] as number) + clearance);
    }
    if (cursor < strip.to) free.push({ start: cursor, end: strip.to });
    return free;
  }
}

const clampStart = (preferred: number, from: number, to: number, length: number) =>
  Math.min(Math.max(preferred, from), to - length);

/**
 * One spot per free stretch of the band that holds at least `minLength`, as close to the
 * preferred start as the stretch allows, and as long as wanted or as the stretch is.
 */
export function freeSpotsIn(strip: Strip, boxes: BoxIndex, clearance: number): StripSpot[] {
  const spots: StripSpot[] = [];
  for (const span of boxes.freeSpans(strip, clearance)) {
    const room = span.end - span.start;
    if (room < strip.minLength) continue;
    const length = Math.min(strip.length, room);
    const start = clampStart(strip.preferred, span.start, span.end, length);
    spots.push({
      rect: rectIn(strip, start, length),
      shift: Math.abs(start - strip.preferred),
      shortened: length < strip.length,
    });
  }
  return spots;
}

export interface CoveringSpot extends StripSpot {
  readonly covers: Rect[];
  readonly coveredArea: number;
}

export function coveredBy(rect: Rect, obstacles: readonly Rect[]): Rect[] {
  return obstacles.filter((obstacle) => overlaps(rect, obstacle));
}

/**
 * When no stretch of the band is free: the position that covers the fewest obstacles, then the
 * least of their area, then lies nearest the preferred start. The count only changes where the
 * box's ends cross an obstacle's ends, so those positions (and the band's ends and the preferred
 * start) are the only ones worth trying; sorted starts and ends count each in logarithmic time,
 * and only the positions with the fewest are looked at box by box.
 */
export function leastCoveringSpotIn(strip: Strip, obstacles: BoxIndex): CoveringSpot {
  const length = Math.min(strip.length, strip.to - strip.from);
  const inBand = obstacles.crossing(strip, 0);
  const spans = inBand.map((box) => alongOf(strip, box));
  const starts = spans.map((span) => span.start).sort((a, b) => a - b);
  const ends = spans.map((span) => span.end).sort((a, b) => a - b);
  // Boxes overlapping [start, start + length]: those starting before its end, less those that
  // ended by its start (every such box also started before its end).
  const countAt = (start: number) => lowerBound(starts, start + length) - upperBound(ends, start);

  const candidates = new Set([strip.preferred, strip.from, strip.to - length]);
  for (const span of spans) {
    candidates.add(span.end);
    candidates.add(span.start - length);
  }
  const counted = [...candidates].map((candidate) => {
    const start = clampStart(candidate, strip.from, strip.to, length);
    return { start, count: countAt(start) };
  });
  const fewest = Math.min(...counted.map((entry) => entry.count));

  let best: CoveringSpot | undefined;
  for (const { start, count } of counted) {
    if (count !== fewest) continue;
    const rect = rectIn(strip, start, length);
    const covers = coveredBy(rect, inBand);
    const coveredArea = covers.reduce((sum, box) => sum + overlapArea(rect, box), 0);
    const spot = {
      rect,
      covers,
      coveredArea,
      shift: Math.abs(start - strip.preferred),
      shortened: length < strip.length,
    };
    if (!best || compareCovering(spot, best) < 0) best = spot;
  }
  // The preferred start is always a candidate, so `best` is set.
  return best as CoveringSpot;
}

/** The first index whose value is above `value`, in ascending `values`. */
function upperBound(values: readonly number[], value: number): number {
  let low = 0;
  let high = values.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((values[middle] as number) <= value) low = middle + 1;
    else high = middle;
  }
  return low;
}

function compareCovering(a: CoveringSpot, b: CoveringSpot): number {
  return a.covers.length - b.covers.length || a.coveredArea - b.coveredArea || a.shift - b.shift;
}
