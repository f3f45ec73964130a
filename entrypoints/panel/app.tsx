import '@/lib/api/zod-config';
import { createRoot } from 'react-dom/client';
import type { Browser } from '#imports';
import { callBackground, checkedReply } from '@/lib/api/client';
import { hostMessageSchema, type FrameMessage } from '@/lib/api/panel-channel';
import { createPanelController } from '@/lib/panel/panel-controller';
import { createPanelStore } from '@/lib/panel/panel-store';
import { PanelApp } from '@/components/panel/PanelApp';
import { t } from '@/components/panel/t';

export interface PanelStart {
  port: Browser.runtime.Port;
  /** The page's path from the frame's URL, so its preferences load before the first code. */
  path?: string;
  /** The background's answer for that page's preferences, asked for while this module loaded. */
  prefsReply?: Promise<unknown>;
  /** What the content script sent while this module was loading, in order. */
  early: readonly unknown[];
  /** Whether the content script went away while this module was loading. */
  disconnected: boolean;
}

/** The panel itself: everything after the port to the content script is open. */
export function startPanel({ port, path, prefsReply, early, disconnected }: PanelStart) {
  const store = createPanelStore();
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
    pagePath: path,
    pagePrefs: prefsReply && checkedReply('getPanelPrefs', prefsReply),
    t,
  });
  const receive = (raw: unknown) => {
    const parsed = hostMessageSchema.safeParse(raw);
    if (parsed.success) controller.onHostMessage(parsed.data);
  };
  port.onMessage.addListener(receive);
  port.onDisconnect.addListener(controller.onHostGone);
  const root = document.getElementById('root');
  if (root) createRoot(root).render(<PanelApp store={store} actions={controller} post={post} />);
  for (const message of early) receive(message);
  if (disconnected) controller.onHostGone();
}
