/**
 * Runs in the busy Ads Manager fixture page (tests/fixtures/busy-ads-manager.html): measuring
 * the page and placing the panel as the content script will, against reading the boxes of the
 * same controls and nothing else.
 */
import { minimisedSpot } from '../../../lib/page/minimised-spot';
import { anchorFor, CONTROL_SELECTOR, pageObstacles } from '../../../lib/page/page-obstacles';
import { placePanel } from '../../../lib/page/placement';
import { GEOMETRY_BENCH_GLOBAL, type GeometryBenchApi } from './api';

const PANEL = { width: 380, height: 560 };
const PANEL_MIN = { width: 300, height: 200 };

function field(): HTMLElement {
  const host = document.getElementById('field-host');
  const found = host?.shadowRoot?.getElementById('code');
  if (!found) throw new Error('Not the busy Ads Manager fixture: no code field in a shadow root');
  return found;
}

function measureAndPlace() {
  const obstacles = pageObstacles(document);
  const anchor = anchorFor(field());
  const viewport = { width: innerWidth, height: innerHeight };
  const placement = placePanel({ viewport, anchor, obstacles, size: PANEL, minSize: PANEL_MIN });
  minimisedSpot({ viewport, anchor, obstacles });
  return { obstacles, placement };
}

/** The document and every open shadow root in it: no way to find them but to ask every element. */
function controlRoots(): (Document | ShadowRoot)[] {
  const roots: (Document | ShadowRoot)[] = [document];
  for (let index = 0; index < roots.length; index++) {
    const elements = (roots[index] as Document | ShadowRoot).querySelectorAll('*');
    for (let at = 0; at < elements.length; at++) {
      const shadow = (elements[at] as Element).shadowRoot;
      if (shadow) roots.push(shadow);
    }
  }
  return roots;
}

const api: GeometryBenchApi = {
  check() {
    const { obstacles, placement } = measureAndPlace();
    return {
      elements: document.querySelectorAll('*').length,
      controls: controlRoots().reduce(
        (sum, root) => sum + root.querySelectorAll(CONTROL_SELECTOR).length,
        0,
      ),
      obstacles: obstacles.length,
      covered: placement.covers.length,
    };
  },

  timeMeasureAndPlace() {
    const start = performance.now();
    measureAndPlace();
    return performance.now() - start;
  },

  timeBareRects() {
    const start = performance.now();
    let area = 0;
    for (const root of controlRoots()) {
      for (const element of root.querySelectorAll(CONTROL_SELECTOR)) {
        const box = element.getBoundingClientRect();
        area += box.width * box.height;
      }
    }
    const ms = performance.now() - start;
    if (!(area > 0)) throw new Error('No control had a box');
    return ms;
  },
};

Object.assign(globalThis, { [GEOMETRY_BENCH_GLOBAL]: api });
