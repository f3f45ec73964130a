import { afterEach, describe, expect, it } from 'vitest';
import type { HostMessage } from '../api/panel-channel';
import { createPanelLayout } from './panel-layout';
import type { Rect } from './rect';

const session = new AbortController();
afterEach(() => session.abort());

/** A frame that records where it was put, and answers each layout request with `spot`. */
function setup(spot: Rect) {
  const placed: Rect[] = [];
  const requests: HostMessage[] = [];
  const frame = {
    isShown: () => true,
    place: (box: Rect) => placed.push(box),
    post: (message: HostMessage) => requests.push(message),
  };
  const layout = createPanelLayout({
    frame,
    window,
    measure: () => ({ anchor: spot, obstacles: [] }),
    signal: session.signal,
  });
  const answer = () => {
    const last = requests.at(-1);
    if (last?.type === 'layout') layout.placed(last.seq, spot);
  };
  return { layout, placed, answer, last: () => placed.at(-1) };
}

// Inside happy-dom's 1024×768 window: the layout keeps the frame in the window.
const SPOT: Rect = { left: 600, top: 120, width: 380, height: 300 };

describe('panel layout', () => {
  it('takes an emptied panel off the page and, for new codes, puts it back where it was at once', () => {
    const { layout, answer, last } = setup(SPOT);
    layout.setSize({ width: 380, height: 300 });
    answer();
    expect(last()).toEqual(SPOT);

    layout.setSize({ width: 0, height: 0 });
    expect(last()).toMatchObject({ width: 0, height: 0 });

    layout.reveal();
    expect(last()).toEqual(SPOT);
  });

  it('takes a panel that never showed, or one switched off, off the page entirely', () => {
    const { layout, answer, last } = setup(SPOT);
    layout.setSize({ width: 0, height: 0 });
    expect(last()?.width).toBe(0);
    layout.setSize({ width: 380, height: 300 });
    answer();
    layout.setMode('off');
    expect(last()).toMatchObject({ width: 0, height: 0 });
    // Off stays off: new codes do not bring it back.
    layout.reveal();
    expect(last()?.width).toBe(0);
  });
});
