import { afterEach, describe, expect, it } from 'vitest';
import {
  anchorElementFor,
  anchorFor,
  CONTROL_SELECTOR,
  OBSTACLE_LIMIT,
  pageObstacles,
  type ObstacleOptions,
} from './page-obstacles';
import type { Rect } from './rect';

// happy-dom has no layout: every box comes from a data-box="left top width height" attribute,
// and CSS hiding from inline styles on the element or any element around it.
const VIEWPORT = { width: 1366, height: 768 };
const NO_BOX: Rect = { left: 0, top: 0, width: 0, height: 0 };

function boxOf(element: Element): Rect {
  const value = element.getAttribute('data-box');
  if (!value) return NO_BOX;
  const [left = 0, top = 0, width = 0, height = 0] = value.split(' ').map(Number);
  return { left, top, width, height };
}

function hiddenByInlineStyle(element: Element): boolean {
  for (let node: Element | undefined = element; node;) {
    const style = (node as HTMLElement).style;
    if (style?.display === 'none' || style?.visibility === 'hidden' || style?.opacity === '0') {
      return true;
    }
    const parent: Node | null = node.parentNode;
    node =
      parent?.nodeType === 11 ? (parent as ShadowRoot).host : (node.parentElement ?? undefined);
  }
  return false;
}

const measured: ObstacleOptions = {
  rectOf: boxOf,
  isHidden: hiddenByInlineStyle,
  viewport: VIEWPORT,
};

const box = (left: number, top: number, width: number, height: number): Rect => ({
  left,
  top,
  width,
  height,
});

async function addFrame(
  html: string,
  frameBox: string,
  parent: Element = document.body,
): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.setAttribute('data-box', frameBox);
  frame.srcdoc = html;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  parent.append(frame);
  await loaded;
  // Browsers give a same-origin frame's window its element; happy-dom does not.
  Object.defineProperty(frame.contentWindow, 'frameElement', { value: frame });
  return frame;
}

afterEach(() => document.body.replaceChildren());

describe('pageObstacles: what counts as a control', () => {
  const cases: { html: string; counted: boolean }[] = [
    { html: '<button data-box="10 10 80 30">Confirm</button>', counted: true },
    { html: '<a href="/help" data-box="10 10 80 30">Help</a>', counted: true },
    { html: '<a data-box="10 10 80 30">anchor without href</a>', counted: false },
    { html: '<input data-box="10 10 80 30">', counted: true },
    { html: '<input type="checkbox" data-box="10 10 16 16">', counted: true },
    { html: '<input type="hidden" data-box="10 10 80 30">', counted: false },
    { html: '<textarea data-box="10 10 600 180"></textarea>', counted: true },
    { html: '<select data-box="10 10 80 30"></select>', counted: true },
    { html: '<details><summary data-box="10 10 80 30">More</summary></details>', counted: true },
    { html: '<div role="button" data-box="10 10 80 30">×</div>', counted: true },
    { html: '<div role="link" data-box="10 10 80 30"></div>', counted: true },
    { html: '<div role="tab" data-box="10 10 80 30"></div>', counted: true },
    { html: '<div role="menuitem" data-box="10 10 80 30"></div>', counted: true },
    { html: '<div role="checkbox" data-box="10 10 80 30"></div>', counted: true },
    { html: '<div role="switch" data-box="10 10 80 30"></div>', counted: true },
    { html: '<div role="combobox" data-box="10 10 80 30"></div>', counted: true },
    { html: '<div contenteditable="true" data-box="10 10 600 180"></div>', counted: true },
    { html: '<div contenteditable="false" data-box="10 10 80 30"></div>', counted: false },
    { html: '<div tabindex="0" data-box="10 10 80 30"></div>', counted: true },
    { html: '<div tabindex="-1" data-box="10 10 80 30"></div>', counted: false },
    { html: '<div data-box="10 10 80 30">text</div>', counted: false },
    { html: '<span role="dialog" data-box="10 10 80 30"></span>', counted: false },
  ];
  it.each(cases)('$html → $counted', ({ html, counted }) => {
    document.body.innerHTML = html;
    expect(pageObstacles(document, measured)).toHaveLength(counted ? 1 : 0);
  });

  it('takes the focusable scrolling region for a container, a large field for a control', () => {
    document.body.innerHTML = `
      <div tabindex="0" data-box="220 60 1146 708"></div>
      <textarea data-box="300 100 700 400"></textarea>
      <div role="button" data-box="0 0 1366 400"></div>`;
    expect(pageObstacles(document, measured)).toEqual([
      box(0, 0, 1366, 400),
      box(300, 100, 700, 400),
    ]);
  });
});

describe('pageObstacles: what is visible', () => {
  const cases: { name: string; html: string; expected: Rect[] }[] = [
    { name: 'no size', html: '<button data-box="10 10 0 30"></button>', expected: [] },
    {
      name: 'inside display: none',
      html: '<div style="display: none"><button data-box="10 10 80 30"></button></div>',
      expected: [],
    },
    {
      name: 'visibility: hidden',
      html: '<button style="visibility: hidden" data-box="10 10 80 30"></button>',
      expected: [],
    },
    {
      name: 'inside opacity 0',
      html: '<div style="opacity: 0"><button data-box="10 10 80 30"></button></div>',
      expected: [],
    },
    {
      name: 'right of the viewport',
      html: '<a href="#" data-box="1400 10 80 30"></a>',
      expected: [],
    },
    { name: 'scrolled above it', html: '<a href="#" data-box="10 -100 80 30"></a>', expected: [] },
    {
      name: 'half on screen: the visible half',
      html: '<a href="#" data-box="1326 750 80 30"></a>',
      expected: [box(1326, 750, 40, 18)],
    },
  ];
  it.each(cases)('$name', ({ html, expected }) => {
    document.body.innerHTML = html;
    expect(pageObstacles(document, measured)).toEqual(expected);
  });
});

describe('pageObstacles: where it looks', () => {
  it('looks inside open shadow roots, nested ones too', () => {
    document.body.innerHTML = '<div id="host" data-box="300 100 700 500"></div>';
    const host = document.getElementById('host') as HTMLElement;
    const shadow = host.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<textarea data-box="324 224 652 180"></textarea><span id="inner"></span>';
    const inner = (shadow.getElementById('inner') as HTMLElement).attachShadow({ mode: 'open' });
    inner.innerHTML = '<button data-box="880 540 96 36">Confirm</button>';
    expect(pageObstacles(document, measured)).toEqual(
      expect.arrayContaining([box(324, 224, 652, 180), box(880, 540, 96, 36)]),
    );
    expect(pageObstacles(document, measured)).toHaveLength(2);
  });

  it('cannot see into closed shadow roots', () => {
    document.body.innerHTML = '<div id="host" data-box="300 100 700 500"></div>';
    const host = document.getElementById('host') as HTMLElement;
    host.attachShadow({ mode: 'closed' }).innerHTML = '<button data-box="880 540 96 36"></button>';
    expect(pageObstacles(document, measured)).toEqual([]);
  });

  it('looks inside same-origin frames, moved to where the frame is and cut to it', async () => {
    await addFrame(
      `<button data-box="10 10 80 30">in view</button>
       <button data-box="350 10 80 30">half cut by the frame</button>
       <button data-box="10 500 80 30">scrolled out of the frame</button>`,
      '400 200 400 300',
    );
    expect(pageObstacles(document, measured)).toEqual(
      expect.arrayContaining([box(410, 210, 80, 30), box(750, 210, 50, 30)]),
    );
    expect(pageObstacles(document, measured)).toHaveLength(2);
  });

  it('skips a frame that is not on screen', async () => {
    await addFrame('<button data-box="10 10 80 30"></button>', '2000 200 400 300');
    expect(pageObstacles(document, measured)).toEqual([]);
  });

  it('skips frames whose document cannot be read', async () => {
    const frame = await addFrame('<button data-box="10 10 80 30"></button>', '0 0 400 300');
    Object.defineProperty(frame, 'contentDocument', {
      get() {
        throw new Error('cross-origin');
      },
    });
    expect(pageObstacles(document, measured)).toEqual([]);
  });
});

describe('pageObstacles: the extension’s own nodes', () => {
  it('are never obstacles, nor is anything inside them', () => {
    document.body.innerHTML = `
      <button data-box="10 10 80 30"></button>
      <div id="own" data-box="900 100 380 560"><button data-box="910 110 80 30"></button></div>`;
    const own = document.getElementById('own') as HTMLElement;
    own.attachShadow({ mode: 'open' }).innerHTML = '<button data-box="920 120 80 30"></button>';
    expect(pageObstacles(document, { ...measured, ignore: [own] })).toEqual([box(10, 10, 80, 30)]);
  });
});

describe('pageObstacles: controls nobody can reach', () => {
  const html = `
    <button id="behind" data-box="10 10 80 30"><svg id="icon"></svg></button>
    <div id="backdrop"></div><div id="own"></div>`;
  const cases: { name: string; hit: string | null; counted: boolean }[] = [
    { name: 'under a dialog’s backdrop: not an obstacle', hit: 'backdrop', counted: false },
    { name: 'hit itself: an obstacle', hit: 'behind', counted: true },
    { name: 'hit through its icon: an obstacle', hit: 'icon', counted: true },
    { name: 'under our own panel: still an obstacle', hit: 'own', counted: true },
    { name: 'no answer from the hit test: an obstacle', hit: null, counted: true },
  ];
  it.each(cases)('$name', ({ hit, counted }) => {
    document.body.innerHTML = html;
    const points: { x: number; y: number }[] = [];
    const obstacles = pageObstacles(document, {
      ...measured,
      ignore: [document.getElementById('own') as HTMLElement],
      topmostAt: (_root, x, y) => {
        points.push({ x, y });
        return hit === null ? null : document.getElementById(hit);
      },
    });
    expect(obstacles).toHaveLength(counted ? 1 : 0);
    expect(points).toEqual([{ x: 50, y: 25 }]);
  });

  it('asks the hit test of a frame in the frame’s own coordinates', async () => {
    const frame = await addFrame('<button data-box="10 10 80 30"></button>', '400 200 400 300');
    const asked: { root: unknown; x: number; y: number }[] = [];
    pageObstacles(document, {
      ...measured,
      topmostAt: (root, x, y) => {
        asked.push({ root, x, y });
        return null;
      },
    });
    expect(asked).toEqual([{ root: frame.contentDocument, x: 50, y: 25 }]);
  });
});

describe('pageObstacles: a page with thousands of controls', () => {
  it(`keeps at most ${OBSTACLE_LIMIT}, the last in the page first`, () => {
    const buttons: string[] = [];
    for (let index = 0; index < 3000; index++) {
      buttons.push(`<button data-box="${index % 1300} ${index % 700} 20 20"></button>`);
    }
    document.body.innerHTML = buttons.join('');
    const obstacles = pageObstacles(document, measured);
    expect(obstacles).toHaveLength(OBSTACLE_LIMIT);
    expect(obstacles[0]).toEqual(box(2999 % 1300, 2999 % 700, 20, 20));
    expect(pageObstacles(document, { ...measured, limit: 10 })).toHaveLength(10);
  });

  it('measures a shadow root’s dialog before the page it is appended to', () => {
    document.body.innerHTML =
      '<button data-box="10 10 80 30"></button><div id="host" data-box="0 0 10 10"></div>';
    const host = document.getElementById('host') as HTMLElement;
    host.attachShadow({ mode: 'open' }).innerHTML = '<button data-box="900 500 96 36"></button>';
    expect(pageObstacles(document, { ...measured, limit: 1 })).toEqual([box(900, 500, 96, 36)]);
  });
});

describe('anchorFor', () => {
  const field = '<textarea id="field" data-box="343 268 632 180"></textarea>';
  const fieldBox = box(343, 268, 632, 180);
  const dialogBox = box(343, 144, 680, 480);

  const cases: { name: string; html: string; expected: Rect }[] = [
    {
      name: 'role=dialog around the field',
      html: `<div role="dialog" data-box="343 144 680 480"><form>${field}</form></div>`,
      expected: dialogBox,
    },
    {
      name: 'an open <dialog>',
      html: `<dialog open data-box="343 144 680 480">${field}</dialog>`,
      expected: dialogBox,
    },
    {
      name: 'aria-modal=true',
      html: `<section aria-modal="true" data-box="343 144 680 480">${field}</section>`,
      expected: dialogBox,
    },
    {
      name: 'a full-screen wrapper marked as the dialog: the box inside it',
      html: `<div role="dialog" data-box="0 0 1366 768">
               <div data-box="343 144 680 480"><div data-box="367 200 632 300">${field}</div></div>
             </div>`,
      expected: dialogBox,
    },
    {
      name: 'an unmarked layer with a high z-index',
      html: `<div style="position: fixed; z-index: 1000" data-box="343 144 680 480">${field}</div>`,
      expected: dialogBox,
    },
    {
      name: 'an absolute box with a low z-index is just layout',
      html: `<div style="position: absolute; z-index: 2" data-box="343 144 680 480">${field}</div>`,
      expected: fieldBox,
    },
    {
      name: 'an unmarked full-screen layer is not taken for the dialog',
      html: `<div style="position: fixed; z-index: 1000" data-box="0 0 1366 768">${field}</div>`,
      expected: fieldBox,
    },
    { name: 'no dialog: the field itself', html: `<main>${field}</main>`, expected: fieldBox },
  ];
  it.each(cases)('$name', ({ html, expected }) => {
    document.body.innerHTML = html;
    const element = document.getElementById('field') as HTMLElement;
    expect(anchorFor(element, measured)).toEqual(expected);
  });

  it('walks out of the shadow root the field sits in', () => {
    document.body.innerHTML =
      '<div role="dialog" data-box="343 144 680 480"><x-field id="host"></x-field></div>';
    const host = document.getElementById('host') as HTMLElement;
    const shadow = host.attachShadow({ mode: 'open' });
    shadow.innerHTML = field;
    const element = shadow.getElementById('field') as HTMLElement;
    expect(anchorElementFor(element, measured)).toBe(document.querySelector('[role=dialog]'));
    expect(anchorFor(element, measured)).toEqual(dialogBox);
  });

  it('walks out of a same-origin frame, and gives boxes in the top viewport', async () => {
    const frame = await addFrame(field, '400 200 700 400');
    const inFrame = frame.contentDocument?.getElementById('field') as HTMLElement;
    expect(anchorFor(inFrame, measured)).toEqual(box(743, 468, 632, 180));

    document.body.innerHTML = '<div role="dialog" data-box="300 100 800 600"></div>';
    const dialog = document.querySelector('[role=dialog]') as HTMLElement;
    const wrapped = await addFrame(field, '320 160 760 400', dialog);
    const wrappedField = wrapped.contentDocument?.getElementById('field') as HTMLElement;
    expect(anchorFor(wrappedField, measured)).toEqual(box(300, 100, 800, 600));
  });
});

it('selects controls with one selector the page engine understands', () => {
  expect(() => document.querySelectorAll(CONTROL_SELECTOR)).not.toThrow();
});
