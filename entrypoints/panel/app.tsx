import '@/lib/api/zod-config';
import { createRoot } from 'react-dom/client';
import type { Browser } from '#imports';
import type { CallBackground } from '@/lib/api/client';
import { hostMessageSchemas, type FrameMessage } from '@/lib/api/panel-channel';
import { panelPrefsReplySchema } from '@/lib/api/panel-prefs';
import { createPanelController } from '@/lib/panel/panel-controller';
import { createPanelStore } from '@/lib/panel/panel-store';
import { PanelApp } from '@/components/panel/PanelApp';
import { t } from '@/components/panel/t';

export interface PanelStart {
  port: Browser.runtime.Port;
  /** The page's path from the frame's URL, so its preferences load before the first code. */
  path?: string;
  /** The background's answer for that page's preferences, asked for with the port. */
  prefsReply?: Promise<unknown>;
}

/**
 * The background client loads after the first rows: it brings the schemas of every operation in
 * the extension, and nothing before the first paint asks the background anything but the
 * page's preferences (asked by main.tsx, checked below).
 */
let client: Promise<typeof import('@/lib/api/client')> | undefined;
const loadClient = () => (client ??= import('@/lib/api/client'));
const send: CallBackground = async (name, request) =>
  (await loadClient()).callBackground(name, request);

/** The panel itself, started as soon as the port to the content script is open. */
export function startPanel({ port, path, prefsReply }: PanelStart) {
  const store = createPanelStore();
  // The fields the operations table checks for this reply (lib/api/operations.ts), in zod/mini:
  // the operations' own schemas come with the background client, after the first rows.
  const pagePrefs = prefsReply?.then((reply) => panelPrefsReplySchema.parse(reply));
  const post = (message: FrameMessage) => port.postMessage(message);
  const controller = createPanelController({
    store,
    send,
    post,
    now: Date.now,
    setTimer: (callback, ms) => {
      const id = setTimeout(callback, ms);
      return () => clearTimeout(id);
    },
    pagePath: path,
    pagePrefs,
    t,
  });
  // Built once, as the port opens and before its first message is read (panel-channel.ts).
  const { hostMessage } = hostMessageSchemas();
  const receive = (raw: unknown) => {
    const parsed = hostMessage.safeParse(raw);
    if (parsed.success) controller.onHostMessage(parsed.data);
  };
  port.onMessage.addListener(receive);
  port.onDisconnect.addListener(controller.onHostGone);
  const root = document.getElementById('root');
  if (root) createRoot(root).render(<PanelApp store={store} actions={controller} post={post} />);
  // Loaded for the inventory check the rows ask for a moment later, once the frame after the
  // preferences has been drawn: never in the way of the first rows.
  void Promise.allSettled([pagePrefs]).then(() =>
    requestAnimationFrame(() => setTimeout(() => void loadClient())),
  );
}
