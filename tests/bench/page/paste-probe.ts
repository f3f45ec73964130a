/**
 * Runs in the Ads Manager fixture page. Pastes the way Chromium does: a `paste` event carrying
 * the clipboard, `beforeinput`, the text written into the field, then one `input` event
 * (insertFromPaste). execCommand('insertText') would be simpler but fires an `input` event per
 * line, which no real paste does. Then watches the panel's shadow root until the rows are there.
 */
import { PASTE_PROBE_GLOBAL, type PasteProbeApi, type PasteTiming } from './api';

function textField(selector: string): HTMLTextAreaElement | HTMLInputElement {
  const field = document.querySelector<HTMLTextAreaElement | HTMLInputElement>(selector);
  if (!field) throw new Error(`The page has no ${selector}`);
  return field;
}

/**
 * Writes the field the way the browser does, past any value setter the page put on the element
 * (controlled inputs wrap it, as React does): the page must learn of the paste from its events.
 */
function writeNatively(field: HTMLTextAreaElement | HTMLInputElement, text: string): void {
  const prototype =
    field instanceof HTMLTextAreaElement
      ? HTMLTextAreaElement.prototype
      : HTMLInputElement.prototype;
  const setter = Object.getOwnPropertyDescriptor(prototype, 'value')?.set;
  if (!setter) throw new Error('No native value setter');
  setter.call(field, text);
}

function inputEvent(type: 'beforeinput' | 'input', inputType: string, text: string | null) {
  return new InputEvent(type, {
    bubbles: true,
    cancelable: type === 'beforeinput',
    composed: true,
    inputType,
    data: text,
  });
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
    field.dispatchEvent(inputEvent('beforeinput', 'insertFromPaste', text));
    writeNatively(field, text);
    field.dispatchEvent(inputEvent('input', 'insertFromPaste', null));
    const rowsAt = await rowsPresent(host, rows);
    const frameAt = await afterNextFrame();
    return { rows: rowsAt - start, frame: frameAt - start };
  },

  emptyField(selector) {
    const field = textField(selector);
    field.focus();
    field.dispatchEvent(inputEvent('beforeinput', 'deleteContentBackward', null));
    writeNatively(field, '');
    field.dispatchEvent(inputEvent('input', 'deleteContentBackward', null));
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
