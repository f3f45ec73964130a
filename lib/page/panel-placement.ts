import { dockFromDrag, type Dock, type DockEdge } from './drag-dock';
import { minimisedSpot } from './minimised-spot';
import { anchorFor, pageObstacles } from './page-obstacles';
import type { Box, LayoutRequest } from './panel-layout';
import { placePanel } from './placement';
import type { Rect } from './rect';

export interface PagePlacementDeps {
  document: Document;
  /** The panel's own nodes, never an obstacle. */
  ownNodes: () => Node[];
  /** The field the buyer works in, if any: the panel goes beside its dialog. */
  field: () => Element | undefined;
}

/** The smallest the panel gets when room is short; below this it would not be readable. */
const MIN_SIZE = { width: 280, height: 160 };

const edgeOf = (dock: LayoutRequest['dock']): DockEdge | undefined =>
  typeof dock === 'string' && dock !== 'auto' ? dock : undefined;

/**
 * Chooses where the panel's frame goes on a real page: beside the dialog or field the buyer
 * works in, on no visible control of the page (measured, not guessed), docked where the buyer
 * put it when that is free. Measuring a busy page costs a few milliseconds, so the controls are
 * kept until `invalidate` (resize, scroll, a dialog opening or closing, a new field).
 */
export function createPagePlacement(deps: PagePlacementDeps) {
  let obstacles: Rect[] | undefined;

  const choose = (request: LayoutRequest): Box => {
    const { viewport, size, mode, dock, drag } = request;
    obstacles ??= pageObstacles(deps.document, { ignore: deps.ownNodes(), viewport });
    const field = deps.field();
    const anchor =
      field && field.isConnected
        ? anchorFor(field)
        : { left: viewport.width, top: 72, width: 0, height: 0 };
    if (mode === 'minimised') {
      return minimisedSpot({ viewport, anchor, obstacles, edge: edgeOf(dock) }).rect;
    }
    if (drag) {
      // While dragging the panel follows the pointer; it settles on drop.
      const left = Math.min(Math.max(drag.from.left + drag.dx, 0), viewport.width - size.width);
      const top = Math.min(Math.max(drag.from.top + drag.dy, 0), viewport.height - size.height);
      return { left, top, width: drag.from.width, height: drag.from.height };
    }
    const placed = placePanel({
      viewport,
      anchor,
      obstacles,
      size,
      minSize: {
        width: Math.min(size.width, MIN_SIZE.width),
        height: Math.min(size.height, MIN_SIZE.height),
      },
      dock: dock === 'auto' ? undefined : (dock as Dock),
    });
    return placed.rect;
  };

  return {
    choose,
    invalidate: () => {
      obstacles = undefined;
    },
    /** Where a drag that ended at this offset leaves the panel: an edge, or a free spot. */
    dropAt(
      from: Box,
      dx: number,
      dy: number,
      grab: { x: number; y: number },
      viewport: { width: number; height: number },
    ): Dock {
      return dockFromDrag({
        pointer: { x: from.left + grab.x + dx, y: from.top + grab.y + dy },
        grab,
        size: { width: from.width, height: from.height },
        viewport,
      });
    },
  };
}

export type PagePlacement = ReturnType<typeof createPagePlacement>;
