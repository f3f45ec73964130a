import '@/lib/api/zod-config';
import { browser, defineContentScript } from '#imports';
import type { FrameMessage } from '@/lib/api/panel-channel';
import { watchFields, type FieldWatch } from '@/lib/page/field-watch';
import { createPanelFrame, type PanelPort } from '@/lib/page/panel-frame';
import { createPanelLayout } from '@/lib/page/panel-layout';
import { createPageMeasure } from '@/lib/page/panel-placement';
import { keepPageFromStoppingScript, wxtStopEventName } from '@/lib/page/script-stop-guard';

/**
 * The content script only listens and extracts: the panel itself is an extension page in an
 * iframe (entrypoints/panel), loaded on the first code, which the page can neither read nor
 * click. This script never touches storage and asks the background for nothing: the panel
 * does that, as the extension page it is.
 */
export default defineContentScript({
  matches: ['https://ads.tiktok.com/*'],
  cssInjectionMode: 'manual',
  // WXT's start message would tell every page script the extension id.
  noScriptStartedPostMessage: true,
  main(ctx) {
    keepPageFromStoppingScript(window, {
      stopEventName: wxtStopEventName(browser.runtime.id, import.meta.env.ENTRYPOINT),
      isConnected: () => browser.runtime?.id !== undefined,
      signal: ctx.signal,
    });

    let watch: FieldWatch | undefined;
    /** Set when the buyer switched the panel off on this page. */
    let offHere = false;

    const onFrameMessage = (message: FrameMessage) => {
      switch (message.type) {
        case 'write':
          return watch?.write(message.action, message.codes);
        case 'undo':
          return watch?.undo();
        case 'size':
          return layout.setSize(message);
        case 'dock':
          return layout.setDock(message.dock);
        case 'place':
          return layout.placed(message.seq, message.box);
        case 'drag':
          return onDrag(message);
        case 'mode':
          layout.setMode(message.mode);
          if (message.mode === 'off') {
            // "Off here" leaves nothing on the page; Options turns it back on. The frame goes
            // a moment later, once the click or key press that asked for it has finished in it.
            offHere = true;
            ctx.setTimeout(() => {
              if (offHere) frame.remove();
            }, 250);
          }
          return;
      }
    };

    /**
     * A drag of the panel's grip. It starts in the panel's frame; the page then takes the pointer
     * (a layer over the page follows it), and the frame's own reports count too while it still
     * hears the pointer. On the drop the panel decides: an edge, or the spot it was dropped on.
     */
    let dragging: { grab: { x: number; y: number }; stop: () => void } | undefined;
    const endDrag = (dx: number, dy: number) => {
      const drag = dragging;
      if (!drag) return;
      dragging = undefined;
      drag.stop();
      layout.drop(dx, dy, drag.grab);
    };
    const onDrag = (message: Extract<FrameMessage, { type: 'drag' }>) => {
      if (message.phase === 'start') {
        dragging?.stop();
        const from = layout.current();
        const grab = { x: message.grabX ?? 16, y: message.grabY ?? 16 };
        const origin = { x: from.left + grab.x, y: from.top + grab.y };
        const stop = frame.shield({
          move: (x, y) => layout.drag(x - origin.x, y - origin.y),
          end: (x, y) => endDrag(x - origin.x, y - origin.y),
        });
        dragging = { grab, stop };
        return;
      }
      if (!dragging) return;
      if (message.phase === 'move') layout.drag(message.dx, message.dy);
      else endDrag(message.dx, message.dy);
    };

    const frame = createPanelFrame({
      document,
      frameUrl: browser.runtime.getURL('/panel.html'),
      // The panel reads its preferences for this page while it loads, not after the first code.
      pageHint: () => location.pathname,
      onConnect: (listener) => {
        const accept = (port: unknown) => listener(port as PanelPort);
        browser.runtime.onConnect.addListener(accept);
        return () => browser.runtime.onConnect.removeListener(accept);
      },
      newNonce: () => crypto.randomUUID(),
      onMessage: onFrameMessage,
    });
    const page = createPageMeasure({
      document,
      ownNodes: () => frame.ownNodes(),
      field: () => watch?.activeField(),
    });
    const layout = createPanelLayout({
      frame,
      window,
      measure: page.measure,
      invalidate: page.invalidate,
      signal: ctx.signal,
    });
    // Dialogs open and close by adding and removing nodes at the top of the page.
    const pageChanges = new MutationObserver(() => {
      if (frame.isShown()) layout.refresh();
    });
    if (document.body) pageChanges.observe(document.body, { childList: true });
    ctx.onInvalidated(() => pageChanges.disconnect());

    // Ads Manager is a single-page app: each route gets a fresh watch, the last one is torn down.
    let session: AbortController | undefined;
    const startSession = (url: string) => {
      session?.abort();
      const current = new AbortController();
      session = current;
      frame.remove();
      offHere = false;
      watch = watchFields({
        topDocument: document,
        pageUrl: () => url,
        signal: current.signal,
        isOwnNode: frame.isOwnNode,
        setTimer: (callback, ms) => {
          const id = ctx.setTimeout(callback, ms);
          return () => clearTimeout(id);
        },
        post: (message) => {
          if (offHere) return;
          // An empty field leaves nothing to show: the frame goes until the next code.
          if (message.type === 'field' && message.codes.length + message.rejected.length === 0) {
            if (frame.isShown()) frame.post(message);
            return;
          }
          if (message.type === 'field') layout.reveal();
          frame.post(message);
        },
        onActiveField: () => layout.refresh(),
      });
    };
    ctx.onInvalidated(() => {
      session?.abort();
      frame.dispose();
    });
    startSession(location.href);
    ctx.addEventListener(window, 'wxt:locationchange', (event) => {
      startSession(event.newUrl.href);
    });
  },
});
