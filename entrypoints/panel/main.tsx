import '@/lib/api/zod-config';
import './style.css';
import { browser } from '#imports';
import { createRoot } from 'react-dom/client';
import { callBackground } from '@/lib/api/client';
import { PANEL_PORT_PREFIX, hostMessageSchema, type FrameMessage } from '@/lib/api/panel-channel';
import { createPanelController } from '@/lib/panel/panel-controller';
import { createPanelStore } from '@/lib/panel/panel-store';
import { PanelApp } from '@/components/panel/PanelApp';
import { t } from '@/components/panel/t';

/**
 * The panel page, framed by the content script on Ads Manager. It talks to that content script
 * over a port only extension pages can open (`tabs.connect`), proving with the nonce in its URL
 * that it is the frame the content script made; everything it learns about codes comes from
 * the background, which it may ask as any extension page.
 */
async function start() {
  const store = createPanelStore();
  // `#<nonce>/<page path>`: the nonce proves this is the host's frame, the path lets the
  // preferences load while the rest starts.
  const [nonce = '', path] = location.hash.slice(1).split('/');
  const tab = await browser.tabs.getCurrent();
  if (tab?.id === undefined) return;
  const port = browser.tabs.connect(tab.id, { frameId: 0, name: PANEL_PORT_PREFIX + nonce });
  const post = (message: FrameMessage) => port.postMessage(message);
  const controller = createPanelController({
    store,
    send: callBackground,
    post,
    now: Date.now,
    setTimer: (callback, ms) => {
      const id = setTimeout(callback, ms);
      return () => clearTimeout(id);
    },
    pagePath: path === undefined ? undefined : decodeURIComponent(path),
    t,
  });
  port.onMessage.addListener((raw: unknown) => {
    const parsed = hostMessageSchema.safeParse(raw);
    if (parsed.success) controller.onHostMessage(parsed.data);
  });
  port.onDisconnect.addListener(controller.onHostGone);
  const root = document.getElementById('root');
  if (!root) return;
  createRoot(root).render(<PanelApp store={store} actions={controller} post={post} />);
}

void start();
