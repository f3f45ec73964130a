import { describe, expect, it } from 'vitest';
import { adsManagerPage } from './ads-manager-boxes.testing';
import type { DockEdge } from './drag-dock';
import { MAX_TAB_SIZE, minimisedSpot } from './minimised-spot';
import { overlaps, type Rect, type Size } from './rect';

const LAPTOP = { width: 1366, height: 768 };
const DESKTOP = { width: 1920, height: 1080 };

describe('minimisedSpot', () => {
  const laptop = adsManagerPage(LAPTOP, { width: 680, height: 480 });
  const desktop = adsManagerPage(DESKTOP, { width: 720, height: 480 });
  const middleOf = (rect: Rect) => rect.top + rect.height / 2;

  type Case = {
    name: string;
    viewport: Size;
    anchor: Rect;
    obstacles: readonly Rect[];
    edge?: DockEdge;
    expected: { edge: DockEdge; rect: Rect };
  };
  const cases: Case[] = [
    {
      name: '1366×768: right edge, level with the dialog’s middle',
      viewport: LAPTOP,
      anchor: laptop.dialog,
      obstacles: laptop.topmost,
      expected: {
        edge: 'right',
        rect: { left: 1366 - 8 - 40, top: middleOf(laptop.dialog) - 20, width: 40, height: 40 },
      },
    },
    {
      name: '1920×1080, every control: the right edge’s only free stretch, under the header',
      viewport: DESKTOP,
      anchor: desktop.dialog,
      obstacles: desktop.all,
      // The table's row buttons reach the right edge from y 140 down; the header ends at 46.
      expected: { edge: 'right', rect: { left: 1920 - 48, top: 136 - 40, width: 40, height: 40 } },
    },
    {
      name: 'docked left: the left edge first',
      viewport: LAPTOP,
      anchor: laptop.dialog,
      obstacles: laptop.topmost,
      edge: 'left',
      expected: {
        edge: 'left',
        rect: { left: 8, top: middleOf(laptop.dialog) - 20, width: 40, height: 40 },
      },
    },
    {
      name: 'docked left over a nav full of links: back to the right edge',
      viewport: LAPTOP,
      anchor: laptop.dialog,
      obstacles: laptop.all.filter((box) => !laptop.table.includes(box)),
      edge: 'left',
      expected: {
        edge: 'right',
        rect: { left: 1366 - 48, top: middleOf(laptop.dialog) - 20, width: 40, height: 40 },
      },
    },
    {
      name: 'a field reaching the right edge: the tab moves off it',
      viewport: LAPTOP,
      anchor: { left: 900, top: 300, width: 466, height: 40 },
      obstacles: [{ left: 900, top: 300, width: 466, height: 40 }],
      expected: { edge: 'right', rect: { left: 1318, top: 300 - 8 - 40, width: 40, height: 40 } },
    },
  ];

  it.each(cases)('$name', ({ viewport, anchor, obstacles, edge, expected }) => {
    const spot = minimisedSpot({ viewport, anchor, obstacles, edge });
    expect(spot).toEqual({ ...expected, covers: [] });
    for (const box of obstacles) expect(overlaps(spot.rect, box)).toBe(false);
  });

  it(`is never larger than ${MAX_TAB_SIZE} px`, () => {
    const spot = minimisedSpot({
      viewport: LAPTOP,
      anchor: laptop.dialog,
      obstacles: [],
      tabSize: 64,
    });
    expect(spot.rect.width).toBe(MAX_TAB_SIZE);
    expect(spot.rect.height).toBe(MAX_TAB_SIZE);
  });

  it('covers one control at most when every edge is lined with them', () => {
    const viewport = { width: 400, height: 300 };
    const buttons: Rect[] = [];
    for (let at = 0; at < 400; at += 44) {
      buttons.push({ left: at, top: 0, width: 36, height: 60 });
      buttons.push({ left: at, top: 240, width: 36, height: 60 });
    }
    for (let at = 0; at < 300; at += 44) {
      buttons.push({ left: 0, top: at, width: 60, height: 36 });
      buttons.push({ left: 340, top: at, width: 60, height: 36 });
    }
    const spot = minimisedSpot({
      viewport,
      anchor: { left: 100, top: 100, width: 200, height: 100 },
      obstacles: buttons,
    });
    expect(spot.covers).toHaveLength(1);
    expect(spot.covers).toEqual(buttons.filter((box) => overlaps(spot.rect, box)));
  });
});
