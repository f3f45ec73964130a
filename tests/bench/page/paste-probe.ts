/**
 * Runs in the Ads Manager fixture page. Pastes the way Chromium does (a `paste` event carrying
 * the clipboard, then the text inserted with its `input` event) and watches the panel's shadow
 * root until the rows are there.
 */
import { PASTE_PROBE_GLOBAL, type PasteProbeApi, type PasteTiming } from './api';

function textField(selector: string): HTMLTextAreaElement | HTMLInputElement {
  const field = document.querySelector<HTMLTextAreaElement | HTMLInputElement>(selector);
  if (!field) throw new Error(`The page has no ${selector}`);
  return field;
}

function rowCount(host: string): number {
  return document.querySelector(host)?.shadowRoot?.querySelectorAll('li.sp-row').length ?? 0;
}

/**
 * Resolves with performance.now() once the panel holds `rows` rows. The host element only
 * appears on the first paste, so the body is watched for it as well as its shadow root.
 */
function rowsPresent(host: string, rows: number): Promise<number> {
  return new Promise((resolve) => {
    const observers: MutationObserver[] = [];
    let watchingShadow = false;
    const check = () => {
      if (rowCount(host) < rows) return;
      observers.forEach((observer) => observer.disconnect());
      resolve(performance.now());
    };
    const watchShadow = () => {
      const shadow = document.querySelector(host)?.shadowRoot;
      if (!shadow || watchingShadow) return;
      watchingShadow = true;
      const observer = new MutationObserver(check);
      observer.observe(shadow, { childList: true, subtree: true });
      observers.push(observer);
    };
    const bodyObserver = new MutationObserver(() => {
      watchShadow();
      check();
    });
    bodyObserver.observe(document.body, { childList: true });
    observers.push(bodyObserver);
    watchShadow();
    check();
  });
}

/** A task queued from a frame callback runs once that frame has been rendered. */
function afterNextFrame(): Promise<number> {
  return new Promise((resolve) => {
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => resolve(performance.now());
      channel.port2.postMessage(null);
    });
  });
}

const api: PasteProbeApi = {
  async pasteAndWatch({ field: selector, text, rows, host }): Promise<PasteTiming> {
    const field = textField(selector);
    field.focus();
    field.select();
    const start = performance.now();
    const clipboard = new DataTransfer();
    clipboard.setData('text/plain', text);
    field.dispatchEvent(
      new ClipboardEvent('paste', {
        clipboardData: clipboard,
        bubbles: true,
        cancelable: true,
        composed: true,
      }),
    );
    document.execCommand('insertText', false, text);
    const rowsAt = await rowsPresent(host, rows);
    const frameAt = await afterNextFrame();
    return { rows: rowsAt - start, frame: frameAt - start };
  },

  emptyField(selector) {
    const field = textField(selector);
    field.focus();
    field.select();
    document.execCommand('delete');
  },

  frameInterval(frames) {
    return new Promise((resolve) => {
      const stamps: number[] = [];
      const tick = (now: number) => {
        stamps.push(now);
        if (stamps.length <= frames) {
          requestAnimationFrame(tick);
          return;
        }
        const gaps = stamps.slice(1).map((stamp, i) => stamp - (stamps[i] as number));
        gaps.sort((a, b) => a - b);
        resolve(gaps[Math.floor(gaps.length / 2)] as number);
      };
      requestAnimationFrame(tick);
    });
  },
};

Object.assign(globalThis, { [PASTE_PROBE_GLOBAL]: api });
