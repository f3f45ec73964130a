import './style.css';
import { browser } from '#imports';
import { messenger } from '@/lib/api/messenger';
import { PANEL_PORT_PREFIX } from '@/lib/api/panel-port';

/**
 * The panel page, framed by the content script on Ads Manager. It talks to that content script
 * over a port only extension pages can open (`tabs.connect`), proving with the nonce in its URL
 * that it is the frame the content script made; everything it learns about codes comes from
 * the background, which it may ask as any extension page.
 *
 * This module only starts the round trips the first rows wait for: it opens the port and asks
 * for the page's preferences while the panel's code (React, the schemas) loads, and whatever
 * the content script sends meanwhile is kept for it. It builds no schema itself: the replies
 * are checked by the code it loads.
 */
async function start() {
  // `#<nonce>/<page path>`: the nonce proves this is the host's frame, the path lets the
  // preferences load while the rest starts.
  const [nonce = '', rawPath] = location.hash.slice(1).split('/');
  const path = rawPath === undefined ? undefined : decodeURIComponent(rawPath);
  const prefsReply =
    path === undefined ? undefined : messenger.sendMessage('getPanelPrefs', { path });
  // The panel reports a failed read once it has loaded; until then the rejection is not lost.
  prefsReply?.catch(() => undefined);
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
  startPanel({ port, path, prefsReply, early, disconnected });
}

void start();
