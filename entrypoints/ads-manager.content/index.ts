import '@/lib/api/zod-config';
import { browser, defineContentScript } from '#imports';
import type { FrameMessage } from '@/lib/api/panel-channel';
import { watchFields, type FieldWatch } from '@/lib/page/field-watch';
import { createPanelFrame, type PanelPort } from '@/lib/page/panel-frame';
import { createPanelDrag } from '@/lib/page/panel-drag';
import { createPanelLayout } from '@/lib/page/panel-layout';
import { createPageMeasure } from '@/lib/page/page-measure';
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
          return drag.onDrag(message);
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
    const drag = createPanelDrag({ frame, layout });
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
        onCodeFieldFocus: () => {
          if (!offHere) frame.prepare();
        },
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
