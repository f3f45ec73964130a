import type { Dock, DockEdge } from './drag-dock';
import {
  BoxIndex,
  coveredBy,
  freeSpotsIn,
  leastCoveringSpotIn,
  type Strip,
  type StripSpot,
} from './free-strip';
import { bottomOf, clampInto, grow, overlapArea, rightOf, type Rect, type Size } from './rect';

export interface PlacementRequest {
  readonly viewport: Size;
  /** What the buyer works in: the dialog around the code field, or the field itself. */
  readonly anchor: Rect;
  /** Visible controls of the page (see `pageObstacles`). */
  readonly obstacles: readonly Rect[];
  /** The size the panel wants. */
  readonly size: Size;
  /**
   * The least the panel may shrink to in order to fit a free gap. Defaults to the full width and
   * a 200 px height: a shorter panel scrolls, a narrower one would wrap every line.
   */
  readonly minSize?: Size;
  /** The buyer's choice: an edge, or a free position (the panel's top left corner). */
  readonly dock?: Dock;
  /** Kept free between the panel and the viewport's edges, and between it and the anchor. */
  readonly margin?: number;
  /** Kept free between the panel and any obstacle. */
  readonly clearance?: number;
}

/** Where the panel ended up relative to the anchor; 'over' when it overlaps it. */
export type PlacementSide = 'right' | 'left' | 'below' | 'above' | 'over';

export interface Placement {
  readonly rect: Rect;
  /**
   * The obstacles the panel covers. Empty whenever a place without any exists; when not, the
   * caller should rather minimise the panel than leave these controls under it.
   */
  readonly covers: readonly Rect[];
  readonly side: PlacementSide;
  /** True when the panel had to be smaller than `size` (to fit the viewport or a gap). */
  readonly shrunk: boolean;
  /** True when the buyer's dock was honoured, at the spot asked or the nearest free one on it. */
  readonly docked: boolean;
}

const DEFAULT_MARGIN = 8;
const DEFAULT_CLEARANCE = 4;
const DEFAULT_MIN_HEIGHT = 200;
/** A spot that keeps this share of the panel's area counts as whole against a roomier one. */
const WHOLE_ENOUGH = 0.75;
const SIDE_RANK: Record<PlacementSide, number> = { right: 0, left: 1, below: 2, above: 3, over: 4 };

/** The panel's size and the margins left once the viewport has had its say. */
interface Fit {
  readonly width: number;
  readonly height: number;
  readonly minWidth: number;
  readonly minHeight: number;
  /** Margins shrink when the viewport is too small to keep them around the panel. */
  readonly marginX: number;
  readonly marginY: number;
}

function fitToViewport(request: PlacementRequest, margin: number): Fit {
  const { viewport, size } = request;
  const minSize = request.minSize ?? {
    width: size.width,
    height: Math.min(size.height, DEFAULT_MIN_HEIGHT),
  };
  const fitAxis = (wanted: number, least: number, room: number) => {
    const length = Math.min(Math.max(Math.min(wanted, room - 2 * margin), least), room);
    return Math.max(1, length);
  };
  const width = fitAxis(size.width, minSize.width, viewport.width);
  const height = fitAxis(size.height, minSize.height, viewport.height);
  return {
    width,
    height,
    minWidth: Math.min(minSize.width, width),
    minHeight: Math.min(minSize.height, height),
    marginX: Math.max(0, Math.min(margin, (viewport.width - width) / 2)),
    marginY: Math.max(0, Math.min(margin, (viewport.height - height) / 2)),
  };
}

function column(fit: Fit, viewport: Size, left: number, width: number, preferred: number): Strip {
  return {
    kind: 'column',
    cross: { start: left, length: width },
    from: fit.marginY,
    to: viewport.height - fit.marginY,
    length: fit.height,
    minLength: fit.minHeight,
    preferred,
  };
}

function row(fit: Fit, viewport: Size, top: number, height: number, preferred: number): Strip {
  return {
    kind: 'row',
    cross: { start: top, length: height },
    from: fit.marginX,
    to: viewport.width - fit.marginX,
    length: fit.width,
    minLength: fit.minWidth,
    preferred,
  };
}

/**
 * The bands worth searching, best first: beside the anchor (right, left, below, above) with the
 * panel as narrow or short as the gap needs, then along the viewport's edges, where the panel
 * passes above, below or over the anchor.
 */
function stripsAround(anchor: Rect, fit: Fit, viewport: Size, margin: number): Strip[] {
  const strips: Strip[] = [];
  const alignedTop = anchor.top;
  const alignedLeft = rightOf(anchor) - fit.width;

  const rightStart = rightOf(anchor) + margin;
  const rightRoom = Math.min(fit.width, viewport.width - fit.marginX - rightStart);
  if (rightRoom >= fit.minWidth) {
    strips.push(column(fit, viewport, rightStart, rightRoom, alignedTop));
  }
  const leftRoom = Math.min(fit.width, anchor.left - margin - fit.marginX);
  if (leftRoom >= fit.minWidth) {
    strips.push(column(fit, viewport, anchor.left - margin - leftRoom, leftRoom, alignedTop));
  }
  const belowStart = bottomOf(anchor) + margin;
  const belowRoom = Math.min(fit.height, viewport.height - fit.marginY - belowStart);
  if (belowRoom >= fit.minHeight) {
    strips.push(row(fit, viewport, belowStart, belowRoom, alignedLeft));
  }
  const aboveRoom = Math.min(fit.height, anchor.top - margin - fit.marginY);
  if (aboveRoom >= fit.minHeight) {
    strips.push(row(fit, viewport, anchor.top - margin - aboveRoom, aboveRoom, alignedLeft));
  }
  strips.push(
    edgeStrip('right', fit, viewport, anchor),
    edgeStrip('left', fit, viewport, anchor),
    edgeStrip('bottom', fit, viewport, anchor),
    edgeStrip('top', fit, viewport, anchor),
  );
  return strips;
}

function edgeStrip(edge: DockEdge, fit: Fit, viewport: Size, anchor: Rect): Strip {
  const alignedLeft = rightOf(anchor) - fit.width;
  switch (edge) {
    case 'right':
      return column(fit, viewport, viewport.width - fit.marginX - fit.width, fit.width, anchor.top);
    case 'left':
      return column(fit, viewport, fit.marginX, fit.width, anchor.top);
    case 'bottom':
      return row(
        fit,
        viewport,
        viewport.height - fit.marginY - fit.height,
        fit.height,
        alignedLeft,
      );
    case 'top':
      return row(fit, viewport, fit.marginY, fit.height, alignedLeft);
  }
}

function sideOf(rect: Rect, anchor: Rect): PlacementSide {
  if (rect.left >= rightOf(anchor)) return 'right';
  if (rightOf(rect) <= anchor.left) return 'left';
  if (rect.top >= bottomOf(anchor)) return 'below';
  if (bottomOf(rect) <= anchor.top) return 'above';
  return 'over';
}

/** The straight-line gap between two boxes; 0 when they touch or overlap. */
function gapBetween(a: Rect, b: Rect): number {
  const dx = Math.max(0, b.left - rightOf(a), a.left - rightOf(b));
  const dy = Math.max(0, b.top - bottomOf(a), a.top - bottomOf(b));
  return Math.hypot(dx, dy);
}

interface Candidate {
  readonly rect: Rect;
  readonly covers: readonly Rect[];
  readonly coveredArea: number;
  readonly anchorArea: number;
  readonly side: PlacementSide;
  readonly whole: boolean;
  readonly distance: number;
}

function candidate(spot: StripSpot, anchor: Rect, fit: Fit, covers: readonly Rect[] = []) {
  const area = spot.rect.width * spot.rect.height;
  return {
    rect: spot.rect,
    covers,
    coveredArea: covers.reduce((sum, box) => sum + overlapArea(spot.rect, box), 0),
    anchorArea: overlapArea(spot.rect, anchor),
    side: sideOf(spot.rect, anchor),
    whole: area >= WHOLE_ENOUGH * fit.width * fit.height,
    distance: gapBetween(spot.rect, anchor) + spot.shift,
  } satisfies Candidate;
}

/** Fewest covered controls, then least of the anchor hidden, then a whole panel, side, nearness. */
function compareCandidates(a: Candidate, b: Candidate): number {
  return (
    a.covers.length - b.covers.length ||
    a.coveredArea - b.coveredArea ||
    a.anchorArea - b.anchorArea ||
    Number(b.whole) - Number(a.whole) ||
    SIDE_RANK[a.side] - SIDE_RANK[b.side] ||
    a.distance - b.distance ||
    b.rect.width * b.rect.height - a.rect.width * a.rect.height
  );
}

const best = (candidates: readonly Candidate[]) =>
  candidates.reduce<Candidate | undefined>(
    (chosen, next) => (!chosen || compareCandidates(next, chosen) < 0 ? next : chosen),
    undefined,
  );

/**
 * Full-width columns against each blocker's sides. Any free place can slide sideways until it
 * touches a blocker or the viewport's margin, so together with the edge columns these bands hold
 * every free place there is: the search is exhaustive, not a handful of guesses.
 */
function columnsBeside(
  blockers: readonly Rect[],
  clearance: number,
  fit: Fit,
  viewport: Size,
  preferred: number,
) {
  const lowest = fit.marginX;
  const highest = viewport.width - fit.marginX - fit.width;
  const lefts = new Set<number>();
  for (const box of blockers) {
    for (const left of [rightOf(box) + clearance, box.left - clearance - fit.width]) {
      if (left >= lowest && left <= highest) lefts.add(left);
    }
  }
  return [...lefts].map((left) => column(fit, viewport, left, fit.width, preferred));
}

function freeCandidates(
  strips: readonly Strip[],
  blockers: BoxIndex,
  clearance: number,
  anchor: Rect,
  fit: Fit,
): Candidate[] {
  return strips.flatMap((strip) =>
    freeSpotsIn(strip, blockers, clearance).map((spot) => candidate(spot, anchor, fit)),
  );
}

function autoPlacement(request: PlacementRequest, fit: Fit, margin: number, clearance: number) {
  const { anchor, obstacles, viewport } = request;
  const strips = stripsAround(anchor, fit, viewport, margin);
  // The anchor is kept `margin` away, obstacles only `clearance`; first clear of both, then
  // (over a blank part of the dialog) clear of the controls only.
  const anchorBlock = grow(anchor, Math.max(0, margin - clearance));
  for (const boxes of [[anchorBlock, ...obstacles], obstacles]) {
    const blockers = new BoxIndex(boxes);
    const around = best(freeCandidates(strips, blockers, clearance, anchor, fit));
    // A whole panel beside the anchor or on an edge needs no wider search.
    if (around?.whole) return around;
    const beside = columnsBeside(boxes, clearance, fit, viewport, anchor.top);
    const anywhere = best(freeCandidates(beside, blockers, clearance, anchor, fit));
    const free = around && anywhere ? best([around, anywhere]) : (around ?? anywhere);
    if (free) return free;
  }
  const index = new BoxIndex(obstacles);
  const covering = strips.map((strip) => {
    const spot = leastCoveringSpotIn(strip, index);
    return candidate(spot, anchor, fit, spot.covers);
  });
  return best(covering) as Candidate;
}

/** The buyer's dock, if some spot on it (or at it) covers no control. */
function dockedPlacement(
  dock: Dock,
  request: PlacementRequest,
  fit: Fit,
  clearance: number,
): Candidate | undefined {
  const { anchor, obstacles, viewport } = request;
  let strips: Strip[];
  if (typeof dock === 'string') {
    strips = [edgeStrip(dock, fit, viewport, anchor)];
  } else {
    const size = { width: fit.width, height: fit.height };
    const at = clampInto(dock, size, viewport, Math.min(fit.marginX, fit.marginY));
    const rect = { left: at.x, top: at.y, ...size };
    if (coveredBy(rect, obstacles).length === 0) {
      return candidate({ rect, shift: 0, shortened: false }, anchor, fit);
    }
    // Slide straight up/down or sideways from where the buyer put it.
    strips = [
      column(fit, viewport, at.x, fit.width, at.y),
      row(fit, viewport, at.y, fit.height, at.x),
    ];
  }
  // Nearness to the spot asked for decides, not the sides that rank the automatic choice.
  const blockers = new BoxIndex(obstacles);
  const spots = strips.flatMap((strip) => freeSpotsIn(strip, blockers, clearance));
  const nearest = spots.reduce<StripSpot | undefined>(
    (chosen, spot) =>
      !chosen ||
      Number(spot.shortened) - Number(chosen.shortened) < 0 ||
      (spot.shortened === chosen.shortened && spot.shift < chosen.shift)
        ? spot
        : chosen,
    undefined,
  );
  return nearest && candidate(nearest, anchor, fit);
}

/**
 * Where the panel goes: beside the anchor and over no visible control when any such place
 * exists (right of it first, then left, below, above, then along the viewport's edges), the
 * buyer's dock when it covers no control, and otherwise the place covering the fewest controls,
 * named in `covers` so that the caller can minimise the panel instead.
 */
export function placePanel(request: PlacementRequest): Placement {
  const margin = request.margin ?? DEFAULT_MARGIN;
  const clearance = request.clearance ?? DEFAULT_CLEARANCE;
  const fit = fitToViewport(request, margin);
  const docked = request.dock && dockedPlacement(request.dock, request, fit, clearance);
  const chosen = docked ?? autoPlacement(request, fit, margin, clearance);
  return {
    rect: chosen.rect,
    covers: chosen.covers,
    side: chosen.side,
    shrunk: chosen.rect.width < request.size.width || chosen.rect.height < request.size.height,
    docked: Boolean(docked),
  };
}
