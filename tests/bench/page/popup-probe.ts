/**
 * Runs in the popup page: pastes into the Add box under a long-task observer, and times tab
 * switches to their first painted, usable frame.
 */
import { messyPaste } from '../messy-paste';
import { POPUP_PROBE_GLOBAL, type PopupProbeApi } from './api';

const WAIT_LIMIT_MS = 120_000;

let paste = '';
let watch:
  { longestTask: number; longTasks: number; pastedAt?: number; stop?: () => void } | undefined;

/** Resolves once `found()` gives something, checked after every DOM change. */
function whenPresent<T>(found: () => T | null | undefined): Promise<T> {
  return new Promise((resolve, reject) => {
    const now = found();
    if (now) return resolve(now);
    const timer = setTimeout(() => {
      observer.disconnect();
      reject(new Error('What the probe waited for never appeared'));
    }, WAIT_LIMIT_MS);
    const observer = new MutationObserver(() => {
      const value = found();
      if (!value) return;
      observer.disconnect();
      clearTimeout(timer);
      resolve(value);
    });
    observer.observe(document, { childList: true, subtree: true, attributes: true });
  });
}

/** After the next frame is rendered, when a task queued from its callback runs. */
function afterNextFrame(): Promise<number> {
  return new Promise((resolve) =>
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => resolve(performance.now());
      channel.port2.postMessage(null);
    }),
  );
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function tabNamed(name: string): HTMLElement {
  const tab = [...document.querySelectorAll<HTMLElement>('[role="tab"]')].find(
    (element) => element.textContent?.trim() === name,
  );
  if (!tab) throw new Error(`No tab named ${name}`);
  return tab;
}

const shownPanel = () => document.querySelector('[role="tabpanel"]:not([hidden])');

const api: PopupProbeApi = {
  preparePaste(targetChars, codeCount, seed) {
    const made = messyPaste(targetChars, codeCount, seed);
    paste = made.text;
    paste.indexOf('\u0000');
    return {
      characters: paste.length,
      utf8Bytes: new TextEncoder().encode(paste).length,
      planted: made.planted.length,
    };
  },

  async armPaste() {
    tabNamed('Add codes').click();
    const box = await whenPresent(() => document.querySelector<HTMLTextAreaElement>('#paste-box'));
    await navigator.clipboard.writeText(paste);
    box.focus();
    await afterNextFrame();
    watch = { longestTask: 0, longTasks: 0, pastedAt: undefined };
    const seen = watch;
    box.addEventListener('paste', (event) => (seen.pastedAt = event.timeStamp), { once: true });
    const take = (entries: PerformanceEntryList) => {
      for (const entry of entries) {
        seen.longTasks++;
        seen.longestTask = Math.max(seen.longestTask, entry.duration);
      }
    };
    const observer = new PerformanceObserver((list) => take(list.getEntries()));
    observer.observe({ type: 'longtask' });
    seen.stop = () => {
      take(observer.takeRecords());
      observer.disconnect();
    };
  },

  async watchPaste(settleMs) {
    const seen = watch;
    if (!seen) throw new Error('armPaste first');
    const summary = document.querySelector<HTMLElement>('#paste-summary');
    const list = await whenPresent(() =>
      summary?.getAttribute('aria-busy') !== 'true' && summary?.textContent?.startsWith('Found')
        ? document.querySelector('.preview-scroller [role="list"]')
        : null,
    );
    const previewMs = performance.now() - (seen.pastedAt ?? NaN);
    await sleep(settleMs);
    await afterNextFrame();
    seen.stop?.();
    watch = undefined;
    const rows = list.querySelectorAll('[role="listitem"]');
    return {
      longestTask: seen.longestTask,
      longTasks: seen.longTasks,
      previewMs,
      summary: summary?.textContent ?? '',
      rowsInDom: rows.length,
      setSize: Number(rows[0]?.getAttribute('aria-setsize') ?? 0),
    };
  },

  async timeTab(name, ready) {
    const tab = tabNamed(name);
    const start = performance.now();
    tab.click();
    await whenPresent(() => shownPanel()?.querySelector(ready));
    return (await afterNextFrame()) - start;
  },
};

Object.assign(globalThis, { [POPUP_PROBE_GLOBAL]: api });
