import '@/lib/api/zod-config';
import './style.css';
import { browser } from '#imports';
import { PANEL_PORT_PREFIX } from '@/lib/api/panel-channel';

/**
 * The panel page, framed by the content script on Ads Manager. It talks to that content script
 * over a port only extension pages can open (`tabs.connect`), proving with the nonce in its URL
 * that it is the frame the content script made; everything it learns about codes comes from
 * the background, which it may ask as any extension page.
 *
 * This module only opens the port: the panel's code (React and the rest) loads at the same time,
 * so the round trip to find this tab does not wait for it, and whatever the content script
 * sends meanwhile is kept for it.
 */
async function start() {
  // `#<nonce>/<page path>`: the nonce proves this is the host's frame, the path lets the
  // preferences load while the rest starts.
  const [nonce = '', path] = location.hash.slice(1).split('/');
  const app = import('./app');
  const tab = await browser.tabs.getCurrent();
  if (tab?.id === undefined) return;
  const port = browser.tabs.connect(tab.id, { frameId: 0, name: PANEL_PORT_PREFIX + nonce });
  const early: unknown[] = [];
  const keep = (message: unknown) => early.push(message);
  let disconnected = false;
  const lost = () => (disconnected = true);
  port.onMessage.addListener(keep);
  port.onDisconnect.addListener(lost);
  const { startPanel } = await app;
  port.onMessage.removeListener(keep);
  port.onDisconnect.removeListener(lost);
  startPanel({ port, path, early, disconnected });
}

void start();
