import './style.css';
import { browser } from '#imports';
import { messenger } from '@/lib/api/messenger';
import { PANEL_PORT_PREFIX } from '@/lib/api/panel-channel';
import { startPanel } from './app';

/**
 * The panel page, framed by the content script on Ads Manager. It talks to that content script
 * over a port only extension pages can open (`tabs.connect`), proving with the nonce in its URL
 * that it is the frame the content script made; everything it learns about codes comes from
 * the background, which it may ask as any extension page.
 *
 * The panel's code is imported statically, so the page lists all of it for the browser to fetch
 * and compile while it parses the page (a dynamic import fetched it only after this module ran,
 * and waited for its style sheets besides). Once it has run, the port is opened and the page's
 * preferences are asked for at once.
 */
async function start() {
  // `#<nonce>/<page path>`: the nonce proves this is the host's frame, the path names the page
  // whose preferences the panel follows.
  const [nonce = '', rawPath] = location.hash.slice(1).split('/');
  const path = rawPath === undefined ? undefined : decodeURIComponent(rawPath);
  const prefsReply =
    path === undefined ? undefined : messenger.sendMessage('getPanelPrefs', { path });
  // The panel reports a failed read once it runs; until then the rejection is not lost.
  prefsReply?.catch(() => undefined);
  const tab = await browser.tabs.getCurrent();
  if (tab?.id === undefined) return;
  const port = browser.tabs.connect(tab.id, { frameId: 0, name: PANEL_PORT_PREFIX + nonce });
  startPanel({ port, path, prefsReply });
}

void start();
