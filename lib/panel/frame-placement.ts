import type { LayoutRequestMessage, PanelDock } from '../api/panel-channel';
import { dockFromDrag, type Dock } from '../page/drag-dock';
import { minimisedSpot } from '../page/minimised-spot';
import { placePanel } from '../page/placement';
import type { Rect } from '../page/rect';

/** The smallest the panel gets when room is short; below this it would not be readable. */
const MIN_SIZE = { width: 280, height: 160 };

const edgeOf = (dock: PanelDock) =>
  typeof dock === 'string' && dock !== 'auto' ? dock : undefined;

/** Where the panel goes for a layout request, and the dock a drop in it chose, if any. */
export function placeForRequest(request: LayoutRequestMessage): { box: Rect; dropped?: Dock } {
  const { viewport, anchor, obstacles, size, mode } = request;
  const dropped = request.drop
    ? dockFromDrag({
        pointer: {
          x: request.drop.from.left + request.drop.grabX + request.drop.dx,
          y: request.drop.from.top + request.drop.grabY + request.drop.dy,
        },
        grab: { x: request.drop.grabX, y: request.drop.grabY },
        size: { width: request.drop.from.width, height: request.drop.from.height },
        viewport,
      })
    : undefined;
  const dock: PanelDock = dropped ?? request.dock;
  if (mode === 'minimised') {
    return {
      box: minimisedSpot({ viewport, anchor, obstacles, edge: edgeOf(dock) }).rect,
      dropped,
    };
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
    dock: dock === 'auto' ? undefined : dock,
  });
  return { box: placed.rect, dropped };
}
