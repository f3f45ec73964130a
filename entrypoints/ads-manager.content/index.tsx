import './style.css';
import { defineContentScript } from '#imports';
import { createPanelUi } from '@/components/panel/mount-panel';
import { Panel } from '@/components/panel/Panel';
import { startPageSession } from '@/lib/panel/page-session';
import type { PanelController } from '@/lib/panel/panel-controller';
import { createPanelStore, initialPanelState } from '@/lib/panel/panel-store';
import { callBackground } from '@/lib/api/client';

export default defineContentScript({
  matches: ['https://ads.tiktok.com/*'],
  cssInjectionMode: 'ui',
  async main(ctx) {
    const store = createPanelStore();
    let controller: PanelController | undefined;
    // The panel's buttons always act on the current page's session.
    const actions = {
      cleanField: () => controller?.cleanField(),
      undoClean: () => controller?.undoClean(),
      addToInventory: (code?: string) => controller?.addToInventory(code),
      updatePrefs: (patch: Parameters<PanelController['updatePrefs']>[0]) =>
        controller?.updatePrefs(patch),
      dismissError: () => controller?.dismissError(),
      dismissNotice: () => controller?.dismissNotice(),
    };
    const ui = await createPanelUi(ctx, () => <Panel store={store} actions={actions} />);

    // Ads Manager is a single-page app: each route gets a fresh session, the last one is torn down.
    let session: AbortController | undefined;
    const startSession = (url: string) => {
      session?.abort();
      ui.hide();
      store.setState(initialPanelState());
      const current = new AbortController();
      session = current;
      controller = startPageSession({
        store,
        send: callBackground,
        topDocument: document,
        pageUrl: () => url,
        showPanel: ui.show,
        now: Date.now,
        setTimer: (callback, ms) => {
          const id = ctx.setTimeout(callback, ms);
          return () => clearTimeout(id);
        },
        signal: current.signal,
        isOwnNode: ui.isOwnNode,
      });
    };
    ctx.onInvalidated(() => session?.abort());
    startSession(location.href);
    ctx.addEventListener(window, 'wxt:locationchange', (event) => startSession(event.newUrl.href));
  },
});
