import type { Box, LayoutRequest } from './panel-layout';

const MARGIN = 16;
const TOP = 72;
const MINIMISED = 44;

const clamp = (value: number, min: number, max: number) => Math.min(Math.max(value, min), max);

/** Where the panel goes for a layout request. */
export function choosePanelBox(request: LayoutRequest): Box {
  const { viewport, size, mode, dock, drag } = request;
  if (mode === 'minimised') {
    return {
      left: viewport.width - MINIMISED - 4,
      top: Math.round(viewport.height / 2 - MINIMISED / 2),
      width: MINIMISED,
      height: MINIMISED,
    };
  }
  const width = Math.min(size.width, viewport.width - 2 * MARGIN);
  const height = Math.min(size.height, viewport.height - TOP - MARGIN);
  if (drag) {
    return {
      left: clamp(drag.from.left + drag.dx, 0, viewport.width - width),
      top: clamp(drag.from.top + drag.dy, 0, viewport.height - height),
      width,
      height,
    };
  }
  const left = dock === 'left' ? MARGIN : viewport.width - width - MARGIN;
  return { left, top: TOP, width, height };
}
