import type { DockEdge } from './drag-dock';
import {
  BoxIndex,
  freeSpotsIn,
  leastCoveringSpotIn,
  type Strip,
  type StripSpot,
} from './free-strip';
import { grow, type Rect, type Size } from './rect';

/** The largest a minimised tab may be: small enough to fit beside almost any control. */
export const MAX_TAB_SIZE = 48;

export interface MinimisedRequest {
  readonly viewport: Size;
  readonly anchor: Rect;
  readonly obstacles: readonly Rect[];
  /** The tab's width and height, at most MAX_TAB_SIZE; 40 when not given. */
  readonly tabSize?: number;
  /** The edge tried first: the one the panel is docked to, or the right. */
  readonly edge?: DockEdge;
  readonly margin?: number;
  readonly clearance?: number;
}

export interface MinimisedSpot {
  readonly rect: Rect;
  readonly edge: DockEdge;
  /** The obstacles under the tab: empty unless every edge is full of controls. */
  readonly covers: readonly Rect[];
}

const EDGE_ORDER: readonly DockEdge[] = ['right', 'left', 'bottom', 'top'];

function edgeStrip(edge: DockEdge, side: number, request: MinimisedRequest, margin: number) {
  const { viewport, anchor } = request;
  const middleY = anchor.top + anchor.height / 2 - side / 2;
  const middleX = anchor.left + anchor.width / 2 - side / 2;
  const column = (left: number): Strip => ({
    kind: 'column',
    cross: { start: left, length: side },
    from: margin,
    to: viewport.height - margin,
    length: side,
    minLength: side,
    preferred: middleY,
  });
  const row = (top: number): Strip => ({
    kind: 'row',
    cross: { start: top, length: side },
    from: margin,
    to: viewport.width - margin,
    length: side,
    minLength: side,
    preferred: middleX,
  });
  switch (edge) {
    case 'right':
      return column(viewport.width - margin - side);
    case 'left':
      return column(margin);
    case 'bottom':
      return row(viewport.height - margin - side);
    case 'top':
      return row(margin);
  }
}

const nearest = (spots: readonly StripSpot[]) =>
  spots.reduce<StripSpot | undefined>(
    (chosen, spot) => (!chosen || spot.shift < chosen.shift ? spot : chosen),
    undefined,
  );

/**
 * Where the minimised panel sits: on a viewport edge (the preferred one first, then right, left,
 * bottom, top), level with the middle of the anchor, on no control and off the anchor when
 * possible. The tab never shrinks; if every edge is full of controls it takes the spot covering
 * the fewest and says which.
 */
export function minimisedSpot(request: MinimisedRequest): MinimisedSpot {
  const margin = request.margin ?? 8;
  const clearance = request.clearance ?? 4;
  const side = Math.min(request.tabSize ?? 40, MAX_TAB_SIZE);
  const first = request.edge ?? 'right';
  const edges = [first, ...EDGE_ORDER.filter((edge) => edge !== first)];
  const strips = edges.map((edge) => ({ edge, strip: edgeStrip(edge, side, request, margin) }));

  // The anchor is kept `margin` away, obstacles only `clearance`.
  const anchorBlock = grow(request.anchor, Math.max(0, margin - clearance));
  const obstacles = new BoxIndex(request.obstacles);
  for (const blockers of [new BoxIndex([anchorBlock, ...request.obstacles]), obstacles]) {
    for (const { edge, strip } of strips) {
      const spot = nearest(freeSpotsIn(strip, blockers, clearance));
      if (spot) return { rect: spot.rect, edge, covers: [] };
    }
  }
  let fallback: MinimisedSpot | undefined;
  for (const { edge, strip } of strips) {
    const spot = leastCoveringSpotIn(strip, obstacles);
    if (!fallback || spot.covers.length < fallback.covers.length) {
      fallback = { rect: spot.rect, edge, covers: spot.covers };
    }
  }
  return fallback as MinimisedSpot;
}
