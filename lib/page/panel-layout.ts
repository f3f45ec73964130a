import type { PanelDock } from '../api/panel-channel';
import type { PanelFrame } from './panel-frame';

export interface Box {
  left: number;
  top: number;
  width: number;
  height: number;
}

export type PanelMode = 'open' | 'minimised' | 'off';

export interface PanelLayoutDeps {
  frame: Pick<PanelFrame, 'place' | 'isShown'>;
  window: Window;
  /** Where the panel should be, given what it needs and what the page shows now. */
  choose: (request: LayoutRequest) => Box;
  /** The page changed under the panel: whatever `choose` measured is stale. */
  invalidate?: () => void;
  signal: AbortSignal;
}

export interface LayoutRequest {
  viewport: { width: number; height: number };
  /** The size the panel's content asks for. */
  size: { width: number; height: number };
  mode: Exclude<PanelMode, 'off'>;
  dock: PanelDock;
  /** A drag in progress, relative to where the panel was when it started. */
  drag?: { dx: number; dy: number; from: Box };
}

/** The right edge below the header: where the panel goes when measuring the page fails. */
export function fallbackBox({ viewport, size, mode }: LayoutRequest): Box {
  if (mode === 'minimised') {
    return {
      left: viewport.width - 48,
      top: Math.round(viewport.height / 2 - 22),
      width: 44,
      height: 44,
    };
  }
  const width = Math.min(size.width, viewport.width - 16);
  const height = Math.min(size.height, viewport.height - 80);
  return { left: viewport.width - width - 8, top: 72, width, height };
}

/** Where the panel goes while it has nothing to show: off screen, taking no room and no clicks. */
const HIDDEN: Box = { left: -10000, top: 0, width: 0, height: 0 };

/**
 * Keeps the panel's frame where `choose` says, again whenever the viewport changes: resize,
 * scroll (the field moves), and page changes the host reports. Work is batched to one
 * measurement per animation frame.
 */
export function createPanelLayout(deps: PanelLayoutDeps) {
  let size = { width: 0, height: 0 };
  /** The panel's last size while it showed something, to show it again without waiting. */
  let lastShown = { width: 0, height: 0 };
  let mode: PanelMode = 'open';
  let dock: PanelDock = 'auto';
  let drag: LayoutRequest['drag'];
  let current: Box = HIDDEN;
  let scheduled = false;

  const apply = () => {
    scheduled = false;
    if (!deps.frame.isShown()) return;
    const view = deps.window;
    if (mode === 'off' || size.width === 0 || size.height === 0) current = HIDDEN;
    else {
      const request = {
        viewport: { width: view.innerWidth, height: view.innerHeight },
        size,
        mode,
        dock,
        drag,
      };
      try {
        current = deps.choose(request);
      } catch (error) {
        // Measuring a page it has never seen may fail; the panel still shows, at the edge.
        console.error('Spark Preflight: placing the panel failed', error);
        current = fallbackBox(request);
      }
    }
    deps.frame.place(current);
  };

  const schedule = () => {
    deps.invalidate?.();
    if (scheduled) return;
    scheduled = true;
    deps.window.requestAnimationFrame(apply);
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
      if (next.width > 0 && next.height > 0) lastShown = next;
      // The first size after a paste is placed at once: the buyer is waiting for it.
      apply();
    },
    setMode(next: PanelMode) {
      mode = next;
      apply();
    },
    setDock(next: PanelDock) {
      dock = next;
      drag = undefined;
      schedule();
    },
    drag(dx: number, dy: number) {
      drag = { dx, dy, from: drag?.from ?? current };
      apply();
    },
    /** Where the panel was when the drag in progress began. */
    dragStart: () => drag?.from,
    /**
     * New codes are on their way to an emptied panel: give the frame its last size now, so it is
     * rendering (hidden frames are throttled) by the time the rows arrive; it reports its real
     * size right after.
     */
    reveal() {
      if ((size.width === 0 || size.height === 0) && lastShown.width > 0) {
        size = lastShown;
        apply();
      }
    },
    /** Something on the page moved (the field appeared, a dialog opened). */
    refresh: schedule,
    current: () => current,
  };
}

export type PanelLayout = ReturnType<typeof createPanelLayout>;
