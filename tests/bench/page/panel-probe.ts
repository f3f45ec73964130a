/**
 * Runs at the start of every document (an init script) and acts only in the panel's own frame,
 * an extension page on Ads Manager. Each time the number of code rows changes it waits for the
 * frame that shows them to be rendered (a task queued from a requestAnimationFrame callback runs
 * once that frame is painted) and keeps the moment as absolute time (timeOrigin + now), so the
 * page, another document, can compare it with when it pasted.
 */
import { PANEL_PROBE_GLOBAL, type PanelPaint } from './api';

if (location.protocol === 'chrome-extension:' && location.pathname.endsWith('/panel.html')) {
  const painted: PanelPaint[] = [];
  (globalThis as Record<string, unknown>)[PANEL_PROBE_GLOBAL] = painted;
  const rowsNow = () => document.querySelectorAll('li.sp-row').length;
  let lastCount = 0;

  const onChange = () => {
    const rows = rowsNow();
    if (rows === lastCount) return;
    lastCount = rows;
    const inDom = performance.timeOrigin + performance.now();
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () =>
        painted.push({ rows, inDom, painted: performance.timeOrigin + performance.now() });
      channel.port2.postMessage(null);
    });
  };
  const start = () =>
    new MutationObserver(onChange).observe(document, { childList: true, subtree: true });
  if (document.documentElement) start();
  else document.addEventListener('readystatechange', start, { once: true });
}
