import type { FrameMessage } from '../api/panel-channel';
import type { PanelFrame } from './panel-frame';
import type { PanelLayout } from './panel-layout';

type DragMessage = Extract<FrameMessage, { type: 'drag' }>;

/**
 * A drag of the panel's grip. It starts in the panel's frame; the page then takes the pointer
 * (a layer over the page follows it), and the frame's own reports count too while it still
 * hears the pointer. On the drop the panel decides: an edge, or the spot it was dropped on.
 */
export function createPanelDrag(deps: {
  frame: Pick<PanelFrame, 'shield'>;
  layout: Pick<PanelLayout, 'current' | 'drag' | 'drop'>;
}) {
  const { frame, layout } = deps;
  let dragging: { grab: { x: number; y: number }; stop: () => void } | undefined;

  const end = (dx: number, dy: number) => {
    const drag = dragging;
    if (!drag) return;
    dragging = undefined;
    drag.stop();
    layout.drop(dx, dy, drag.grab);
  };

  return {
    onDrag(message: DragMessage) {
      if (message.phase === 'start') {
        dragging?.stop();
        const from = layout.current();
        const grab = { x: message.grabX ?? 16, y: message.grabY ?? 16 };
        const origin = { x: from.left + grab.x, y: from.top + grab.y };
        const stop = frame.shield({
          move: (x, y) => layout.drag(x - origin.x, y - origin.y),
          end: (x, y) => end(x - origin.x, y - origin.y),
        });
        dragging = { grab, stop };
        return;
      }
      if (!dragging) return;
      if (message.phase === 'move') layout.drag(message.dx, message.dy);
      else end(message.dx, message.dy);
    },
  };
}
