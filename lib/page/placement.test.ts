import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { adsManagerPage, type AdsManagerPage } from './ads-manager-boxes.testing';
import type { Dock } from './drag-dock';
import { placePanel, type Placement, type PlacementSide } from './placement';
import { bottomOf, grow, overlaps, rightOf, type Rect, type Size } from './rect';

const PANEL = { width: 380, height: 560 };
const MARGIN = 8;
const LAPTOP = { width: 1366, height: 768 };
const DESKTOP = { width: 1920, height: 1080 };

function expectInside(rect: Rect, viewport: Size, margin = MARGIN) {
  expect(rect.left).toBeGreaterThanOrEqual(margin);
  expect(rect.top).toBeGreaterThanOrEqual(margin);
  expect(rightOf(rect)).toBeLessThanOrEqual(viewport.width - margin);
  expect(bottomOf(rect)).toBeLessThanOrEqual(viewport.height - margin);
}

function expectClearOf(placement: Placement, boxes: readonly Rect[]) {
  expect(placement.covers).toEqual([]);
  for (const box of boxes) expect(overlaps(placement.rect, box)).toBe(false);
}

describe('placePanel on a busy Ads Manager page', () => {
  type Case = {
    name: string;
    viewport: Size;
    dialog: Size;
    at?: { left: number; top: number };
    obstacles: (page: AdsManagerPage) => readonly Rect[];
    minSize?: Size;
    side: PlacementSide;
    rect?: (page: AdsManagerPage) => Rect;
  };
  const cases: Case[] = [
    {
      name: '1920×1080, 720 px dialog, every control: level with the dialog, right of it',
      viewport: DESKTOP,
      dialog: { width: 720, height: 480 },
      obstacles: (page) => page.all,
      side: 'right',
      rect: (page) => ({
        left: rightOf(page.dialog) + MARGIN,
        top: page.dialog.top,
        ...PANEL,
      }),
    },
    {
      name: '1920×1080, 600 px dialog, every control',
      viewport: DESKTOP,
      dialog: { width: 600, height: 520 },
      obstacles: (page) => page.all,
      side: 'right',
    },
    {
      name: '1920×1080, dialog pushed right: the panel goes left of it, under the header',
      viewport: DESKTOP,
      dialog: { width: 1000, height: 480 },
      at: { left: 700, top: 300 },
      obstacles: (page) => [...page.topmost, ...page.header, ...page.nav],
      side: 'left',
      rect: (page) => ({ left: 700 - MARGIN - PANEL.width, top: page.dialog.top, ...PANEL }),
    },
    {
      name: '1366×768, 680 px dialog, page behind its backdrop: a narrower panel right of it',
      viewport: LAPTOP,
      dialog: { width: 680, height: 480 },
      obstacles: (page) => page.topmost,
      minSize: { width: 300, height: 200 },
      side: 'right',
      // Lifted 12 px above the dialog's top so that the Help button stays clear.
      rect: (page) => ({
        left: rightOf(page.dialog) + MARGIN,
        top: page.help.top - 4 - PANEL.height,
        width: LAPTOP.width - MARGIN - (rightOf(page.dialog) + MARGIN),
        height: PANEL.height,
      }),
    },
    {
      name: '1366×768, short dialog: below it when the sides are too narrow',
      viewport: LAPTOP,
      dialog: { width: 680, height: 300 },
      obstacles: (page) => page.topmost,
      minSize: { width: 380, height: 200 },
      side: 'below',
    },
  ];

  it.each(cases)('$name', ({ viewport, dialog, at, obstacles, minSize, side, rect }) => {
    const page = adsManagerPage(viewport, dialog, at);
    const controls = obstacles(page);
    const placement = placePanel({
      viewport,
      anchor: page.dialog,
      obstacles: controls,
      size: PANEL,
      minSize,
    });
    expect(placement.side).toBe(side);
    expectInside(placement.rect, viewport);
    expectClearOf(placement, [page.dialog, ...controls]);
    expect(placement.docked).toBe(false);
    if (rect) expect(placement.rect).toEqual(rect(page));
  });

  it('at 1366×768 a full-width panel has no free place: it names what it would cover', () => {
    const page = adsManagerPage(LAPTOP, { width: 680, height: 480 });
    const placement = placePanel({
      viewport: LAPTOP,
      anchor: page.dialog,
      obstacles: page.topmost,
      size: PANEL,
      minSize: PANEL,
    });
    expect(placement.covers.length).toBeGreaterThan(0);
    expect(placement.covers).toEqual(page.topmost.filter((box) => overlaps(placement.rect, box)));
    expect(placement.rect).toMatchObject(PANEL);
    expectInside(placement.rect, LAPTOP);
  });

  it('covers the field rather than Confirm and × together when it must cover something', () => {
    // Every spot in a 752 px tall column covers the 180 px field, and the right edge's column
    // would also take × or Confirm: the left edge covers fewer.
    const page = adsManagerPage(LAPTOP, { width: 680, height: 480 });
    const placement = placePanel({
      viewport: LAPTOP,
      anchor: page.dialog,
      obstacles: page.topmost,
      size: PANEL,
      minSize: PANEL,
    });
    expect(placement.covers).not.toContainEqual(page.close);
    expect(placement.covers).not.toContainEqual(page.confirm);
    expect(placement.covers).toContainEqual(page.field);
  });

  it('falls back to the blank part of the dialog before covering any control', () => {
    const viewport = { width: 800, height: 600 };
    const anchor = { left: 100, top: 50, width: 600, height: 500 };
    const close = { left: 660, top: 60, width: 24, height: 24 };
    const placement = placePanel({
      viewport,
      anchor,
      obstacles: [close],
      size: { width: 300, height: 400 },
    });
    expect(placement.side).toBe('over');
    expectClearOf(placement, [close]);
  });

  it('finds a free hole that touches neither an edge nor the anchor', () => {
    const viewport = { width: 1200, height: 900 };
    // Controls line every edge; the only room is in the middle of the page.
    const obstacles = [
      { left: 0, top: 0, width: 300, height: 900 },
      { left: 900, top: 0, width: 300, height: 900 },
      { left: 0, top: 0, width: 1200, height: 200 },
      { left: 0, top: 700, width: 1200, height: 200 },
    ];
    const anchor = { left: 20, top: 20, width: 100, height: 40 };
    const size = { width: 300, height: 240 };
    const placement = placePanel({ viewport, anchor, obstacles, size, minSize: size });
    expectClearOf(placement, obstacles);
    expect(placement.rect).toMatchObject(size);
  });

  it('never leaves the viewport, and says when it shrank', () => {
    const page = adsManagerPage(LAPTOP);
    const result = placePanel({
      viewport: LAPTOP,
      anchor: page.dialog,
      obstacles: [],
      size: PANEL,
    });
    expect(result.shrunk).toBe(false);
    const tall = placePanel({
      viewport: { width: 1024, height: 500 },
      anchor: { left: 200, top: 100, width: 400, height: 300 },
      obstacles: [],
      size: PANEL,
    });
    expect(tall.rect.height).toBe(500 - 2 * MARGIN);
    expect(tall.shrunk).toBe(true);
    expectInside(tall.rect, { width: 1024, height: 500 });
  });

  it('keeps the least height in a viewport shorter than it, dropping the margins first', () => {
    const viewport = { width: 1200, height: 180 };
    const result = placePanel({
      viewport,
      anchor: { left: 100, top: 20, width: 300, height: 100 },
      obstacles: [],
      size: PANEL,
      minSize: { width: 380, height: 170 },
    });
    expect(result.rect.height).toBe(170);
    expectInside(result.rect, viewport, 5);
  });

  it('places beside a field that sits in no dialog', () => {
    const viewport = DESKTOP;
    const field = { left: 400, top: 300, width: 500, height: 40 };
    const result = placePanel({ viewport, anchor: field, obstacles: [field], size: PANEL });
    expect(result.rect).toEqual({ left: 908, top: 300, ...PANEL });
  });
});

describe('placePanel with the buyer’s dock', () => {
  const page = adsManagerPage(DESKTOP, { width: 720, height: 480 });
  const base = { viewport: DESKTOP, anchor: page.dialog, size: PANEL };

  type Case = {
    name: string;
    dock: Dock;
    obstacles: readonly Rect[];
    docked: boolean;
    expectRect?: Partial<Rect>;
  };
  const cases: Case[] = [
    {
      name: 'left edge, page behind a backdrop: honoured',
      dock: 'left',
      obstacles: page.topmost,
      docked: true,
      expectRect: { left: MARGIN, top: page.dialog.top },
    },
    {
      name: 'left edge full of nav links: not honoured, beside the dialog instead',
      dock: 'left',
      obstacles: page.all,
      docked: false,
      expectRect: { left: rightOf(page.dialog) + MARGIN },
    },
    {
      name: 'right edge: slides down past the header buttons',
      dock: 'right',
      obstacles: page.topmost.concat(page.header),
      docked: true,
      expectRect: { left: DESKTOP.width - MARGIN - PANEL.width },
    },
    {
      name: 'a free position that covers nothing: exactly there',
      dock: { x: 1450, y: 200 },
      obstacles: page.topmost,
      docked: true,
      expectRect: { left: 1450, top: 200 },
    },
    {
      name: 'a free position remembered from a larger screen: pulled back inside',
      dock: { x: 3000, y: 2000 },
      obstacles: [],
      docked: true,
      expectRect: {
        left: DESKTOP.width - MARGIN - PANEL.width,
        top: DESKTOP.height - MARGIN - PANEL.height,
      },
    },
    {
      name: 'a free position over × and Confirm: the nearest free spot',
      dock: { x: rightOf(page.dialog) - 200, y: page.dialog.top },
      obstacles: page.topmost,
      docked: true,
    },
  ];

  it.each(cases)('$name', ({ dock, obstacles, docked, expectRect }) => {
    const placement = placePanel({ ...base, obstacles, dock });
    expect(placement.docked).toBe(docked);
    expectClearOf(placement, obstacles);
    expectInside(placement.rect, DESKTOP);
    if (expectRect) expect(placement.rect).toMatchObject(expectRect);
  });

  it('moves a dropped panel the shortest way off the controls it landed on', () => {
    const dock = { x: rightOf(page.dialog) - 200, y: page.dialog.top };
    const placement = placePanel({ ...base, obstacles: page.topmost, dock });
    const moved = Math.hypot(placement.rect.left - dock.x, placement.rect.top - dock.y);
    // Straight right, just past ×; under the field would be further, and above it too short.
    expect(moved).toBe(rightOf(page.close) + 4 - dock.x);
  });
});

describe('placePanel finds a free place whenever one exists', () => {
  // Small integer boxes: a brute-force scan of every whole-pixel position is then exact.
  const VIEW = { width: 120, height: 90 };
  const SIZE = { width: 30, height: 24 };
  const M = 2;
  const C = 1;
  const boxArb = fc
    .record({
      left: fc.integer({ min: 0, max: VIEW.width - 4 }),
      top: fc.integer({ min: 0, max: VIEW.height - 4 }),
      width: fc.integer({ min: 2, max: 40 }),
      height: fc.integer({ min: 2, max: 30 }),
    })
    .map((box): Rect => box);

  // Anchors as large as dialogs, so that often only a place over them is clear of controls.
  const anchorArb = fc
    .record({
      left: fc.integer({ min: 0, max: 40 }),
      top: fc.integer({ min: 0, max: 30 }),
      width: fc.integer({ min: 10, max: 116 }),
      height: fc.integer({ min: 10, max: 86 }),
    })
    .map((box): Rect => box);

  const isFreeOf = (rect: Rect, blockers: readonly Rect[]) =>
    rect.left >= M &&
    rect.top >= M &&
    rightOf(rect) <= VIEW.width - M &&
    bottomOf(rect) <= VIEW.height - M &&
    blockers.every((box) => !overlaps(rect, box));

  function someFreePlace(blockers: readonly Rect[]): boolean {
    for (let left = M; left + SIZE.width <= VIEW.width - M; left++) {
      for (let top = M; top + SIZE.height <= VIEW.height - M; top++) {
        if (isFreeOf({ left, top, ...SIZE }, blockers)) return true;
      }
    }
    return false;
  }

  it('clear of the anchor and the controls, else of the controls, exactly when possible', () => {
    fc.assert(
      fc.property(
        fc.oneof(boxArb, anchorArb),
        fc.array(boxArb, { maxLength: 8 }),
        (anchor, obstacles) => {
          const placement = placePanel({
            viewport: VIEW,
            anchor,
            obstacles,
            size: SIZE,
            minSize: SIZE,
            margin: M,
            clearance: C,
          });
          const grownObstacles = obstacles.map((box) => grow(box, C));
          const clearOfBoth = [grow(anchor, M), ...grownObstacles];
          expect(isFreeOf(placement.rect, clearOfBoth)).toBe(someFreePlace(clearOfBoth));
          if (!someFreePlace(clearOfBoth)) {
            expect(isFreeOf(placement.rect, grownObstacles)).toBe(someFreePlace(grownObstacles));
          }
          expect(placement.covers).toEqual(
            obstacles.filter((box) => overlaps(placement.rect, box)),
          );
        },
      ),
      { numRuns: 1000 },
    );
  });
});
