/**
 * Runs at document start in every page of the profile (an init script) and acts only in the
 * popup: notes when its Inventory tab first offers something to click, the first list row's
 * button, or the empty inventory's "Add codes" button (on the first-run screen).
 */
import { POPUP_READY_GLOBAL, type ReadyTimes } from './api';

// Hidden tab panels are skipped: the Add codes form stays mounted behind the Inventory tab.
const READY_SELECTOR = [
  '[role="tabpanel"]:not([hidden]) [role="listitem"] button',
  '[role="tabpanel"]:not([hidden]) .first-run button',
].join(', ');

function recordAfterNextFrame(inDom: number): void {
  requestAnimationFrame(() => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      const times: ReadyTimes = { inDom, interactive: performance.now() };
      Object.assign(globalThis, { [POPUP_READY_GLOBAL]: times });
    };
    channel.port2.postMessage(null);
  });
}

if (location.pathname.endsWith('/popup.html')) {
  const observer = new MutationObserver(() => {
    if (!document.querySelector(READY_SELECTOR)) return;
    observer.disconnect();
    recordAfterNextFrame(performance.now());
  });
  observer.observe(document, { childList: true, subtree: true });
}
