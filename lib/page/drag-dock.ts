import { clampInto, type Point, type Rect, type Size } from './rect';

export type DockEdge = 'left' | 'right' | 'top' | 'bottom';

/**
 * Where the buyer put the panel: against an edge of the viewport, or at a free position (the
 * panel's top left corner in viewport pixels). Plain data, so it can be remembered per page.
 */
export type Dock = DockEdge | { readonly x: number; readonly y: number };

const EDGES: readonly DockEdge[] = ['left', 'right', 'top', 'bottom'];

/** Checks a remembered value before use: storage may hold anything an older version wrote. */
export function isDock(value: unknown): value is Dock {
  if (typeof value === 'string') return (EDGES as readonly string[]).includes(value);
  if (typeof value !== 'object' || value === null) return false;
  const { x, y } = value as { x?: unknown; y?: unknown };
  return Number.isFinite(x) && Number.isFinite(y);
}

export interface DragEnd {
  /** The pointer where the buyer let go. */
  readonly pointer: Point;
  /** Where the pointer held the panel, from the panel's top left corner. */
  readonly grab: Point;
  readonly size: Size;
  readonly viewport: Size;
  /** A panel let go this close to an edge (or with the pointer this close to it) docks there. */
  readonly snap?: number;
  /** Kept free between a freely placed panel and the viewport's edges. */
  readonly margin?: number;
}

const DEFAULT_SNAP = 32;
const DEFAULT_MARGIN = 8;

/**
 * The dock a drag ends in: the nearest edge when the panel was let go close to it (sides before
 * top and bottom on a tie); otherwise the free position the panel was dropped at, moved back
 * inside the viewport.
 */
export function dockFromDrag(drag: DragEnd): Dock {
  const { pointer, grab, size, viewport } = drag;
  const snap = drag.snap ?? DEFAULT_SNAP;
  const left = pointer.x - grab.x;
  const top = pointer.y - grab.y;
  // The panel is tall, so its top or bottom often ends near an edge without the buyer meaning
  // to dock there: top and bottom snap on the pointer alone, the sides on either.
  const distances: Record<DockEdge, number> = {
    left: Math.min(left, pointer.x),
    right: Math.min(viewport.width - (left + size.width), viewport.width - pointer.x),
    top: pointer.y,
    bottom: viewport.height - pointer.y,
  };
  let nearest: DockEdge | undefined;
  for (const edge of EDGES) {
    if (distances[edge] > snap) continue;
    if (nearest === undefined || distances[edge] < distances[nearest]) nearest = edge;
  }
  if (nearest) return nearest;
  return clampInto({ x: left, y: top }, size, viewport, drag.margin ?? DEFAULT_MARGIN);
}

/** The parts of a KeyboardEvent that decide a move; a KeyboardEvent is a KeyPress. */
export interface KeyPress {
  readonly key: string;
  readonly shiftKey: boolean;
  readonly altKey: boolean;
  readonly ctrlKey: boolean;
  readonly metaKey: boolean;
}

export interface KeyMoveOptions {
  /** Pixels an arrow moves the panel, and with Shift. */
  readonly step?: number;
  readonly bigStep?: number;
  readonly margin?: number;
}

const ARROWS: Record<string, { edge: DockEdge; dx: number; dy: number }> = {
  ArrowLeft: { edge: 'left', dx: -1, dy: 0 },
  ArrowRight: { edge: 'right', dx: 1, dy: 0 },
  ArrowUp: { edge: 'top', dx: 0, dy: -1 },
  ArrowDown: { edge: 'bottom', dx: 0, dy: 1 },
};

/**
 * The keyboard's way to move the panel, from its move handle: an arrow moves it a step (Shift:
 * a big step), Alt with an arrow docks it to that edge. Anything else, and arrows with Ctrl or
 * Meta (the browser's and the system's shortcuts), gives undefined: the key is not ours.
 */
export function dockFromKey(
  press: KeyPress,
  panel: Rect,
  viewport: Size,
  options: KeyMoveOptions = {},
): Dock | undefined {
  const arrow = ARROWS[press.key];
  if (!arrow || press.ctrlKey || press.metaKey) return undefined;
  if (press.altKey) return arrow.edge;
  const step = press.shiftKey ? (options.bigStep ?? 64) : (options.step ?? 8);
  return clampInto(
    { x: panel.left + arrow.dx * step, y: panel.top + arrow.dy * step },
    panel,
    viewport,
    options.margin ?? DEFAULT_MARGIN,
  );
}
