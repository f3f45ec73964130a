import { chromium, expect, test, type Browser, type Page } from '@playwright/test';
import { build } from 'esbuild';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Rect } from '../../lib/page/rect';
import type { PageGeometryApi } from './page-geometry-script';

/**
 * Measuring and placing on a busy page in Chromium, without the extension: real layout, real
 * styles, real hit testing through the dialog's backdrop and the field's shadow root. A box
 * drawn where the geometry says must leave every control of the dialog, and Help, the topmost
 * element at its centre.
 */

const FIXTURE = readFileSync(path.resolve('tests/fixtures/busy-ads-manager.html'), 'utf8');
const CONTROL_IDS = ['close', 'tab-video', 'tab-account', 'cancel', 'confirm', 'help'];
const PANEL = { width: 380, height: 560 };
const PANEL_MIN = { width: 300, height: 200 };

let browser: Browser;
let bundle: string;

test.beforeAll(async () => {
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--headless=new', '--no-sandbox', '--disable-gpu'],
  });
  const built = await build({
    entryPoints: [path.resolve('tests/e2e/page-geometry-script.ts')],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'chrome120',
    write: false,
    logLevel: 'silent',
  });
  bundle = built.outputFiles[0]?.text ?? '';
});

test.afterAll(async () => browser?.close());

async function openBusyPage(viewport: { width: number; height: number }): Promise<Page> {
  const page = await browser.newPage({ viewport });
  await page.setContent(FIXTURE);
  await page.evaluate(bundle);
  return page;
}

interface Facts {
  anchor: Rect;
  dialogBox: Rect;
  obstacles: Rect[];
  controls: Record<string, Rect>;
  navLink: Rect;
  hidden: Rect[];
}

/** The geometry's view of the page, and the real boxes to check it against. */
function readFacts(page: Page): Promise<Facts> {
  return page.evaluate(() => {
    const geometry = (globalThis as unknown as { sparkPreflightGeometry: PageGeometryApi })
      .sparkPreflightGeometry;
    const plain = (element: Element) => {
      const { left, top, width, height } = element.getBoundingClientRect();
      return { left, top, width, height };
    };
    const field = document
      .getElementById('field-host')
      ?.shadowRoot?.getElementById('code') as HTMLElement;
    const controls: Record<string, Rect> = { field: plain(field) };
    for (const id of ['close', 'tab-video', 'tab-account', 'cancel', 'confirm', 'help']) {
      controls[id] = plain(document.getElementById(id) as HTMLElement);
    }
    return {
      anchor: geometry.anchorFor(field),
      dialogBox: plain(document.getElementById('dialog-box') as HTMLElement),
      obstacles: geometry.pageObstacles(document),
      controls,
      navLink: plain(document.querySelector('nav a') as HTMLElement),
      hidden: ['ghost', 'tooltip-link'].map((id) => plain(document.getElementById(id) as Element)),
    };
  });
}

/** Draws an opaque box over the page, as the panel's frame will be, and reports what is hit. */
function topmostWithBoxAt(page: Page, box: Rect): Promise<Record<string, boolean>> {
  return page.evaluate(
    ({ box, ids }) => {
      document.getElementById('stand-in')?.remove();
      const standIn = document.createElement('div');
      standIn.id = 'stand-in';
      Object.assign(standIn.style, {
        position: 'fixed',
        left: `${box.left}px`,
        top: `${box.top}px`,
        width: `${box.width}px`,
        height: `${box.height}px`,
        zIndex: '2147483647',
        background: 'red',
      });
      document.body.append(standIn);
      const field = document
        .getElementById('field-host')
        ?.shadowRoot?.getElementById('code') as HTMLElement;
      const elements: [string, Element][] = ids.map((id) => [id, document.getElementById(id)!]);
      elements.push(['field', field]);
      // The stand-in must really be there, or every control would trivially stay on top.
      const centre = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
      const result: Record<string, boolean> = { standIn: centre === standIn };
      for (const [name, element] of elements) {
        const r = element.getBoundingClientRect();
        const root = element.getRootNode() as Document | ShadowRoot;
        const hit = root.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
        result[name] = hit !== null && (hit === element || element.contains(hit));
      }
      return result;
    },
    { box, ids: CONTROL_IDS },
  );
}

const allTopmost = {
  standIn: true,
  field: true,
  ...Object.fromEntries(CONTROL_IDS.map((id) => [id, true])),
};
const same = (a: Rect, b: Rect) =>
  Math.abs(a.left - b.left) < 0.5 &&
  Math.abs(a.top - b.top) < 0.5 &&
  Math.abs(a.width - b.width) < 0.5 &&
  Math.abs(a.height - b.height) < 0.5;

for (const viewport of [
  { width: 1366, height: 768 },
  { width: 1920, height: 1080 },
]) {
  test.describe(`busy page at ${viewport.width}×${viewport.height}`, () => {
    test('measures the dialog’s controls, not the page behind its backdrop', async () => {
      const page = await openBusyPage(viewport);
      const facts = await readFacts(page);
      expect(facts.anchor).toEqual(facts.dialogBox);
      for (const [name, box] of Object.entries(facts.controls)) {
        expect(
          facts.obstacles.some((o) => same(o, box)),
          name,
        ).toBe(true);
      }
      expect(facts.obstacles.some((o) => same(o, facts.navLink))).toBe(false);
      for (const hidden of facts.hidden) {
        expect(facts.obstacles.some((o) => same(o, hidden))).toBe(false);
      }
      await page.close();
    });

    test('the panel, its minimised tab and a dragged panel leave every control clickable', async () => {
      const page = await openBusyPage(viewport);
      const facts = await readFacts(page);
      const placed = await page.evaluate(
        ({ facts, size, minSize, viewport }) => {
          const geometry = (globalThis as unknown as { sparkPreflightGeometry: PageGeometryApi })
            .sparkPreflightGeometry;
          const request = { viewport, anchor: facts.anchor, obstacles: facts.obstacles };
          const dock = geometry.dockFromDrag({
            pointer: { x: 10, y: viewport.height / 2 },
            grab: { x: 190, y: 20 },
            size,
            viewport,
          });
          return {
            panel: geometry.placePanel({ ...request, size, minSize }),
            tab: geometry.minimisedSpot(request),
            dragged: geometry.placePanel({ ...request, size, minSize, dock }),
          };
        },
        { facts, size: PANEL, minSize: PANEL_MIN, viewport },
      );
      expect(placed.panel.covers).toEqual([]);
      expect(placed.panel.side).toBe('right');
      expect(await topmostWithBoxAt(page, placed.panel.rect)).toEqual(allTopmost);
      expect(placed.panel.rect.width).toBeGreaterThanOrEqual(PANEL_MIN.width);
      expect(placed.tab.covers).toEqual([]);
      expect(placed.tab.rect).toMatchObject({ width: 40, height: 40 });
      expect(await topmostWithBoxAt(page, placed.tab.rect)).toEqual(allTopmost);
      expect(placed.dragged.covers).toEqual([]);
      expect(placed.dragged.rect.width).toBeGreaterThanOrEqual(PANEL_MIN.width);
      expect(await topmostWithBoxAt(page, placed.dragged.rect)).toEqual(allTopmost);
      await page.close();
    });
  });
}
