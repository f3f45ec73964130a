import { useRef, type KeyboardEvent, type PointerEvent } from 'react';
import type { MoveKey } from '../../lib/panel/panel-controller';
import { t } from './t';

interface DragGripProps {
  onDrag: (
    phase: 'start' | 'move' | 'end',
    dx: number,
    dy: number,
    grab?: { x: number; y: number },
  ) => void;
  onKey: (key: MoveKey, shiftKey: boolean, altKey: boolean) => void;
}

const MOVE_KEYS = new Set<string>(['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown']);

/**
 * The handle the buyer drags the panel by. The panel is a frame the page moves, so the drag is
 * measured in screen pixels, which stay put while the frame moves under the pointer; dropped near
 * an edge, the panel docks there. From the keyboard: arrows move it, Alt+arrow docks it.
 */
export function DragGrip({ onDrag, onKey }: DragGripProps) {
  const start = useRef<{ x: number; y: number; grab: { x: number; y: number } } | undefined>(
    undefined,
  );

  const onPointerDown = (event: PointerEvent<HTMLButtonElement>) => {
    if (event.button !== 0) return;
    event.currentTarget.setPointerCapture(event.pointerId);
    const grab = { x: event.clientX, y: event.clientY };
    start.current = { x: event.screenX, y: event.screenY, grab };
    onDrag('start', 0, 0, grab);
  };
  const delta = (event: PointerEvent<HTMLButtonElement>) => {
    const from = start.current;
    return from
      ? { dx: event.screenX - from.x, dy: event.screenY - from.y, grab: from.grab }
      : undefined;
  };
  const onPointerMove = (event: PointerEvent<HTMLButtonElement>) => {
    const moved = delta(event);
    if (moved) onDrag('move', moved.dx, moved.dy);
  };
  const onPointerUp = (event: PointerEvent<HTMLButtonElement>) => {
    const moved = delta(event);
    start.current = undefined;
    if (moved && (moved.dx !== 0 || moved.dy !== 0)) onDrag('end', moved.dx, moved.dy, moved.grab);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLButtonElement>) => {
    if (!MOVE_KEYS.has(event.key) || event.ctrlKey || event.metaKey) return;
    event.preventDefault();
    onKey(event.key as MoveKey, event.shiftKey, event.altKey);
  };

  return (
    <button
      type="button"
      className="sp-tool sp-grip"
      aria-label={t('panel_gripLabel')}
      title={t('panel_gripTitle')}
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerUp={onPointerUp}
      onPointerCancel={() => (start.current = undefined)}
      onKeyDown={onKeyDown}
    >
      <span aria-hidden="true">⠿</span>
    </button>
  );
}
