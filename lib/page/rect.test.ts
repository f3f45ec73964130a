import { describe, expect, it } from 'vitest';
import { clampInto, clip, overlapArea, overlaps, type Rect } from './rect';

const box = (left: number, top: number, width: number, height: number): Rect => ({
  left,
  top,
  width,
  height,
});

describe('overlaps and overlapArea', () => {
  const a = box(0, 0, 100, 50);
  const cases: { name: string; b: Rect; overlapping: boolean; area: number }[] = [
    { name: 'inside', b: box(10, 10, 20, 20), overlapping: true, area: 400 },
    { name: 'across a corner', b: box(90, 40, 20, 20), overlapping: true, area: 100 },
    { name: 'touching the right edge', b: box(100, 0, 20, 20), overlapping: false, area: 0 },
    { name: 'touching the bottom edge', b: box(0, 50, 20, 20), overlapping: false, area: 0 },
    { name: 'apart', b: box(200, 200, 20, 20), overlapping: false, area: 0 },
  ];
  it.each(cases)('$name', ({ b, overlapping, area }) => {
    expect(overlaps(a, b)).toBe(overlapping);
    expect(overlaps(b, a)).toBe(overlapping);
    expect(overlapArea(a, b)).toBe(area);
  });
});

describe('clip', () => {
  const viewport = box(0, 0, 1366, 768);
  it.each([
    { rect: box(10, 10, 20, 20), expected: box(10, 10, 20, 20) },
    { rect: box(1356, 758, 20, 20), expected: box(1356, 758, 10, 10) },
    { rect: box(-10, -10, 20, 20), expected: box(0, 0, 10, 10) },
    { rect: box(1366, 10, 20, 20), expected: undefined },
  ])('$rect.left,$rect.top → $expected', ({ rect, expected }) => {
    expect(clip(rect, viewport)).toEqual(expected);
  });
});

describe('clampInto', () => {
  const viewport = { width: 1366, height: 768 };
  const size = { width: 380, height: 560 };
  it.each([
    { point: { x: 100, y: 100 }, expected: { x: 100, y: 100 } },
    { point: { x: -50, y: 900 }, expected: { x: 8, y: 200 } },
    { point: { x: 2000, y: -5 }, expected: { x: 978, y: 8 } },
  ])('$point.x,$point.y → $expected.x,$expected.y', ({ point, expected }) => {
    expect(clampInto(point, size, viewport, 8)).toEqual(expected);
  });

  it('keeps a box larger than the viewport at the margin', () => {
    expect(clampInto({ x: 50, y: 50 }, { width: 2000, height: 2000 }, viewport, 8)).toEqual({
      x: 8,
      y: 8,
    });
  });
});
