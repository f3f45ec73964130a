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

const acrossOf = (strip: Strip, rect: Rect): Span =>
  strip.kind === 'column'
    ? { start: rect.left, end: rightOf(rect) }
    : { start: rect.top, end: bottomOf(rect) };

function rectIn(strip: Strip, start: number, length: number): Rect {
  return strip.kind === 'column'
    ? { left: strip.cross.start, top: start, width: strip.cross.length, height: length }
    : { left: start, top: strip.cross.start, width: length, height: strip.cross.length };
}

function crossesBand(strip: Strip, box: Rect, clearance: number): boolean {
  const across = acrossOf(strip, box);
  return (
    across.start - clearance < strip.cross.start + strip.cross.length &&
    across.end + clearance > strip.cross.start
  );
}

/** The boxes that cross the band, kept `clearance` away from, as spans along it. */
function blockedSpans(strip: Strip, boxes: readonly Rect[], clearance: number): Span[] {
  const spans: Span[] = [];
  for (const box of boxes) {
    if (!crossesBand(strip, box, clearance)) continue;
    const along = alongOf(strip, box);
    spans.push({ start: along.start - clearance, end: along.end + clearance });
  }
  return spans.sort((a, b) => a.start - b.start);
}

/** The stretches of the band no box touches. */
function freeSpans(strip: Strip, blocked: readonly Span[]): Span[] {
  const free: Span[] = [];
  let cursor = strip.from;
  for (const span of blocked) {
    if (span.start > cursor) free.push({ start: cursor, end: Math.min(span.start, strip.to) });
    cursor = Math.max(cursor, span.end);
    if (cursor >= strip.to) break;
  }
  if (cursor < strip.to) free.push({ start: cursor, end: strip.to });
  return free;
}

const clampStart = (preferred: number, from: number, to: number, length: number) =>
  Math.min(Math.max(preferred, from), to - length);

/**
 * One spot per free stretch of the band that holds at least `minLength`, as close to the
 * preferred start as the stretch allows, and as long as wanted or as the stretch is.
 */
export function freeSpotsIn(strip: Strip, boxes: readonly Rect[], clearance: number): StripSpot[] {
  const spots: StripSpot[] = [];
  for (const span of freeSpans(strip, blockedSpans(strip, boxes, clearance))) {
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
 * start) are the only ones worth trying.
 */
export function leastCoveringSpotIn(strip: Strip, obstacles: readonly Rect[]): CoveringSpot {
  const length = Math.min(strip.length, strip.to - strip.from);
  const inBand = obstacles.filter((obstacle) => crossesBand(strip, obstacle, 0));
  const starts = new Set([strip.preferred, strip.from, strip.to - length]);
  for (const obstacle of inBand) {
    const along = alongOf(strip, obstacle);
    starts.add(along.end);
    starts.add(along.start - length);
  }
  let best: CoveringSpot | undefined;
  for (const candidate of starts) {
    const start = clampStart(candidate, strip.from, strip.to, length);
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

function compareCovering(a: CoveringSpot, b: CoveringSpot): number {
  return a.covers.length - b.covers.length || a.coveredArea - b.coveredArea || a.shift - b.shift;
}
