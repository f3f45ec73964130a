/**
 * Boxes in CSS pixels of the top window's viewport, the shape `getBoundingClientRect()` returns
 * (a DOMRect is a Rect), reduced to what placement needs so that results stay plain data.
 */
export interface Rect {
  readonly left: number;
  readonly top: number;
  readonly width: number;
  readonly height: number;
}

export interface Size {
  readonly width: number;
  readonly height: number;
}

export interface Point {
  readonly x: number;
  readonly y: number;
}

export const rightOf = (rect: Rect): number => rect.left + rect.width;
export const bottomOf = (rect: Rect): number => rect.top + rect.height;

/** A plain copy: a DOMRect holds on to nothing, but a plain object compares and serialises. */
export function toRect(rect: Rect): Rect {
  return { left: rect.left, top: rect.top, width: rect.width, height: rect.height };
}

/** True when the interiors meet; boxes that only touch along an edge do not overlap. */
export function overlaps(a: Rect, b: Rect): boolean {
  return a.left < rightOf(b) && b.left < rightOf(a) && a.top < bottomOf(b) && b.top < bottomOf(a);
}

export function overlapArea(a: Rect, b: Rect): number {
  const width = Math.min(rightOf(a), rightOf(b)) - Math.max(a.left, b.left);
  const height = Math.min(bottomOf(a), bottomOf(b)) - Math.max(a.top, b.top);
  return width > 0 && height > 0 ? width * height : 0;
}

/** The part of `rect` inside `bounds`, or undefined when nothing of it is. */
export function clip(rect: Rect, bounds: Rect): Rect | undefined {
  const left = Math.max(rect.left, bounds.left);
  const top = Math.max(rect.top, bounds.top);
  const right = Math.min(rightOf(rect), rightOf(bounds));
  const bottom = Math.min(bottomOf(rect), bottomOf(bounds));
  if (right <= left || bottom <= top) return undefined;
  return { left, top, width: right - left, height: bottom - top };
}

/** The box with `by` pixels added on every side. */
export function grow(rect: Rect, by: number): Rect {
  return {
    left: rect.left - by,
    top: rect.top - by,
    width: rect.width + 2 * by,
    height: rect.height + 2 * by,
  };
}

export function clamp(value: number, low: number, high: number): number {
  return Math.min(Math.max(value, low), Math.max(low, high));
}

/** Moves a box of `size` at `point` the least distance that keeps it `margin` inside the viewport. */
export function clampInto(point: Point, size: Size, viewport: Size, margin = 0): Point {
  return {
    x: clamp(point.x, margin, viewport.width - margin - size.width),
    y: clamp(point.y, margin, viewport.height - margin - size.height),
  };
}
