import { describe, expect, it } from 'vitest';
import { dockFromDrag, dockFromKey, isDock, type Dock, type KeyPress } from './drag-dock';

const VIEWPORT = { width: 1366, height: 768 };
const SIZE = { width: 380, height: 560 };

describe('dockFromDrag', () => {
  type Case = { name: string; pointer: { x: number; y: number }; grab: { x: number; y: number } };
  const cases: (Case & { dock: Dock })[] = [
    {
      name: 'panel let go against the right edge',
      pointer: { x: 1150, y: 300 },
      grab: { x: 190, y: 20 },
      dock: 'right',
    },
    {
      name: 'panel dragged half out of the right edge',
      pointer: { x: 1300, y: 300 },
      grab: { x: 20, y: 20 },
      dock: 'right',
    },
    {
      name: 'pointer at the left edge, panel held by its middle',
      pointer: { x: 10, y: 400 },
      grab: { x: 190, y: 20 },
      dock: 'left',
    },
    {
      name: 'panel’s left side within the snap distance',
      pointer: { x: 230, y: 400 },
      grab: { x: 200, y: 20 },
      dock: 'left',
    },
    {
      name: 'pointer at the top edge',
      pointer: { x: 700, y: 12 },
      grab: { x: 190, y: 10 },
      dock: 'top',
    },
    {
      name: 'pointer at the bottom edge',
      pointer: { x: 700, y: 760 },
      grab: { x: 190, y: 10 },
      dock: 'bottom',
    },
    {
      name: 'top left corner: the nearer edge wins',
      pointer: { x: 20, y: 5 },
      grab: { x: 10, y: 5 },
      dock: 'top',
    },
    {
      name: 'equally near a side and the top: the side, the panel is tall',
      pointer: { x: 10, y: 10 },
      grab: { x: 10, y: 10 },
      dock: 'left',
    },
    {
      name: 'dropped in the middle: stays where it was let go',
      pointer: { x: 700, y: 200 },
      grab: { x: 190, y: 20 },
      dock: { x: 510, y: 180 },
    },
    {
      name: 'panel’s top near the top but the pointer far from it: no snap',
      pointer: { x: 700, y: 320 },
      grab: { x: 190, y: 300 },
      dock: { x: 510, y: 20 },
    },
    {
      name: 'dropped hanging off the bottom: pulled back inside',
      pointer: { x: 700, y: 700 },
      grab: { x: 190, y: 20 },
      dock: { x: 510, y: 768 - 8 - 560 },
    },
  ];

  it.each(cases)('$name', ({ pointer, grab, dock }) => {
    expect(dockFromDrag({ pointer, grab, size: SIZE, viewport: VIEWPORT })).toEqual(dock);
  });

  it('lets the caller choose the snap distance', () => {
    const drag = { pointer: { x: 250, y: 200 }, grab: { x: 200, y: 20 }, size: SIZE };
    expect(dockFromDrag({ ...drag, viewport: VIEWPORT, snap: 60 })).toBe('left');
    expect(dockFromDrag({ ...drag, viewport: VIEWPORT, snap: 40 })).toEqual({ x: 50, y: 180 });
  });
});

describe('dockFromKey', () => {
  const panel = { left: 500, top: 100, ...SIZE };
  const press = (key: string, modifiers: Partial<KeyPress> = {}): KeyPress => ({
    key,
    shiftKey: false,
    altKey: false,
    ctrlKey: false,
    metaKey: false,
    ...modifiers,
  });

  const cases: { name: string; press: KeyPress; dock: Dock | undefined }[] = [
    { name: 'left arrow: a step left', press: press('ArrowLeft'), dock: { x: 492, y: 100 } },
    { name: 'down arrow: a step down', press: press('ArrowDown'), dock: { x: 500, y: 108 } },
    {
      name: 'Shift + right: a big step',
      press: press('ArrowRight', { shiftKey: true }),
      dock: { x: 564, y: 100 },
    },
    {
      name: 'Shift + up near the top: stops at the margin',
      press: press('ArrowUp', { shiftKey: true }),
      dock: { x: 500, y: 36 },
    },
    { name: 'Alt + left: docks left', press: press('ArrowLeft', { altKey: true }), dock: 'left' },
    { name: 'Alt + up: docks top', press: press('ArrowUp', { altKey: true }), dock: 'top' },
    {
      name: 'Alt + Shift + right: docks right',
      press: press('ArrowRight', { altKey: true, shiftKey: true }),
      dock: 'right',
    },
    {
      name: 'Ctrl + arrow: not ours',
      press: press('ArrowLeft', { ctrlKey: true }),
      dock: undefined,
    },
    { name: 'Meta + arrow: not ours', press: press('ArrowUp', { metaKey: true }), dock: undefined },
    { name: 'any other key: not ours', press: press('a'), dock: undefined },
    { name: 'Enter: not ours', press: press('Enter'), dock: undefined },
  ];

  it.each(cases)('$name', ({ press: key, dock }) => {
    expect(dockFromKey(key, panel, VIEWPORT, { step: 8, bigStep: 64 })).toEqual(dock);
  });

  it('never moves the panel past the viewport', () => {
    let rect = { left: 1366 - 8 - 380, top: 100, ...SIZE };
    const moved = dockFromKey(press('ArrowRight', { shiftKey: true }), rect, VIEWPORT);
    expect(moved).toEqual({ x: rect.left, y: 100 });
    rect = { left: 8, top: 768 - 8 - 560, ...SIZE };
    expect(dockFromKey(press('ArrowDown'), rect, VIEWPORT)).toEqual({ x: 8, y: 200 });
  });
});

describe('isDock', () => {
  const cases: { value: unknown; valid: boolean }[] = [
    { value: 'left', valid: true },
    { value: 'bottom', valid: true },
    { value: 'middle', valid: false },
    { value: { x: 10, y: 20 }, valid: true },
    { value: { x: 10 }, valid: false },
    { value: { x: '10', y: 20 }, valid: false },
    { value: { x: Number.NaN, y: 20 }, valid: false },
    { value: { x: Infinity, y: 20 }, valid: false },
    { value: null, valid: false },
    { value: 3, valid: false },
  ];
  it.each(cases)('$value → $valid', ({ value, valid }) => {
    expect(isDock(value)).toBe(valid);
    if (valid) expect(JSON.parse(JSON.stringify(value))).toEqual(value);
  });
});
