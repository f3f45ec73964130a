import type { LayoutRequestMessage, PanelDock } from '../api/panel-channel';
import type { PanelFrame } from './panel-frame';
import { clamp, type Rect } from './rect';

export type PanelMode = 'open' | 'minimised' | 'off';

/** What the content script measures of the page for the panel to choose its place. */
export interface PageGeometry {
  anchor: Rect;
  obstacles: Rect[];
}

export interface PanelLayoutDeps {
  frame: Pick<PanelFrame, 'place' | 'isShown' | 'post'>;
  window: Window;
  /** Measures the page: the work area and the visible controls, without the panel. */
  measure: (viewport: { width: number; height: number }) => PageGeometry;
  /** The page changed under the panel: whatever `measure` kept is stale. */
  invalidate?: () => void;
  signal: AbortSignal;
}

/** Where the panel goes while it has nothing to show: off screen, taking no room and no clicks. */
const HIDDEN: Rect = { left: -10000, top: 0, width: 0, height: 0 };

/**
 * Keeps the panel's frame where the panel says, asking again whenever the page changes: resize,
 * scroll (the field moves), dialogs, a new field. The content script measures (only it can see
 * the page); the panel chooses (the geometry lives in the panel's own page, which keeps the
 * content script small). A drag is followed here directly, frame by frame.
 */
export function createPanelLayout(deps: PanelLayoutDeps) {
  let size = { width: 0, height: 0 };
  /** Where the panel last showed something, to show it again at once on the next codes. */
  let lastShown: Rect | undefined;
  let mode: PanelMode = 'open';
  let dock: PanelDock = 'auto';
  let drag: { dx: number; dy: number; from: Rect } | undefined;
  let current: Rect = HIDDEN;
  let seq = 0;
  let scheduled = false;

  const viewport = () => ({ width: deps.window.innerWidth, height: deps.window.innerHeight });

  const show = (box: Rect) => {
    current = box;
    if (box.width > 0 && box.height > 0) lastShown = box;
    deps.frame.place(box);
  };

  const request = (drop?: LayoutRequestMessage['drop']) => {
    scheduled = false;
    if (!deps.frame.isShown()) return;
    seq++;
    if (mode === 'off' || size.width === 0 || size.height === 0) {
      show(HIDDEN);
      return;
    }
    const view = viewport();
    const geometry = deps.measure(view);
    deps.frame.post({
      type: 'layout',
      seq,
      viewport: view,
      size,
      mode,
      dock,
      anchor: geometry.anchor,
      obstacles: geometry.obstacles,
      drop,
    });
  };

  const schedule = () => {
    deps.invalidate?.();
    if (scheduled) return;
    scheduled = true;
    deps.window.requestAnimationFrame(() => request());
  };

  deps.window.addEventListener('resize', schedule, { signal: deps.signal, passive: true });
  deps.window.addEventListener('scroll', schedule, {
    signal: deps.signal,
    passive: true,
    capture: true,
  });

  return {
    setSize(next: { width: number; height: number }) {
      size = next;
      request();
    },
    setMode(next: PanelMode) {
      mode = next;
      request();
    },
    setDock(next: PanelDock) {
      dock = next;
      schedule();
    },
    /** The panel's answer to a request; a stale answer (the page changed since) is dropped. */
    placed(answer: number, box: Rect) {
      if (answer !== seq || drag) return;
      const view = viewport();
      // Kept inside the window whatever the panel says.
      const width = clamp(box.width, 0, view.width);
      const height = clamp(box.height, 0, view.height);
      show({
        left: clamp(box.left, 0, view.width - width),
        top: clamp(box.top, 0, view.height - height),
        width,
        height,
      });
    },
    /** Follows a drag in progress; the frame keeps its size and stays inside the window. */
    drag(dx: number, dy: number) {
      drag = { dx, dy, from: drag?.from ?? current };
      const view = viewport();
      const { from } = drag;
      show({
        left: clamp(from.left + dx, 0, view.width - from.width),
        top: clamp(from.top + dy, 0, view.height - from.height),
        width: from.width,
        height: from.height,
      });
    },
    /** The drag ended: the panel decides whether that is an edge or a spot. */
    drop(dx: number, dy: number, grab: { x: number; y: number }) {
      const from = drag?.from ?? current;
      drag = undefined;
      deps.invalidate?.();
      request({ from, dx, dy, grabX: grab.x, grabY: grab.y });
    },
    /**
     * New codes are on their way to an emptied panel: the frame goes back where it was now, so
     * it is rendering (hidden frames are throttled) by the time the rows arrive.
     */
    reveal() {
      if (current.width === 0 && lastShown && mode !== 'off') {
        size = { width: lastShown.width, height: lastShown.height };
        show(lastShown);
        // Measured at the next frame, not now: the codes go to the panel first.
        schedule();
      }
    },
    /** Something on the page moved (the field appeared, a dialog opened). */
    refresh: schedule,
    current: () => current,
  };
}

export type PanelLayout = ReturnType<typeof createPanelLayout>;
