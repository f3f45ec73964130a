import {
  PANEL_PORT_PREFIX,
  frameMessageSchemas,
  type FrameMessage,
  type HostMessage,
} from '../api/panel-channel';

export const PANEL_HOST_NAME = 'spark-preflight-panel';

/** The slice of `runtime.Port` the host uses. */
export interface PanelPort {
  name: string;
  postMessage(message: unknown): void;
  disconnect(): void;
  onMessage: { addListener(listener: (message: unknown) => void): void };
  onDisconnect: { addListener(listener: () => void): void };
}

export interface PanelFrameDeps {
  document: Document;
  /** The panel page's URL (`runtime.getURL`); a per-frame nonce is added as its fragment. */
  frameUrl: string;
  /** The page's path, passed in the fragment after the nonce. */
  pageHint?: () => string;
  /** Registers for ports opened to this content script (`runtime.onConnect`). */
  onConnect: (listener: (port: PanelPort) => void) => () => void;
  newNonce: () => string;
  /** Messages from the panel, already checked against the channel's schema. */
  onMessage: (message: FrameMessage) => void;
}

export interface PanelFrame {
  /** Sends to the panel, creating it first if it is not on the page. */
  post: (message: HostMessage) => void;
  /** Starts loading the panel, out of sight and taking no room, before it has anything to show. */
  prepare: () => void;
  /** Takes the panel off the page entirely; the next `post` makes a fresh one. */
  remove: () => void;
  isShown: () => boolean;
  /** Where the frame sits; the host's layout sets it. */
  place: (box: { left: number; top: number; width: number; height: number }) => void;
  /** True for the panel's host element and anything in its shadow root. */
  isOwnNode: (node: unknown) => boolean;
  /** The panel's own elements on the page, for measuring the page without them. */
  ownNodes: () => Node[];
  /** Removes the panel and stops taking connections (extension reload). */
  dispose: () => void;
  /**
   * Covers the page with a transparent layer that follows the pointer until it is released: once
   * the panel moves from under the pointer, its frame hears no more of the drag.
   */
  shield: (follow: {
    move: (x: number, y: number) => void;
    end: (x: number, y: number) => void;
  }) => () => void;
}

/** Styles the page cannot override: they live in the shadow root, and `all: initial` resets inheritance. */
const HOST_STYLE = 'all: initial !important; position: static !important;';
const FRAME_STYLE = [
  'position: fixed',
  'z-index: 2147483646',
  'border: 0',
  'margin: 0',
  'padding: 0',
  'background: transparent',
  'color-scheme: normal',
  'display: block',
].join(';');

/**
 * The panel is an extension page in an iframe: the page can see that a frame is there, but not
 * read anything in it (cross-origin) nor click anything in it (events do not cross frames), and
 * it cannot join the port the two sides talk over. The iframe sits in a shadow root so the
 * page's CSS cannot hide or restyle it; the host element is appended to <html>, outside the
 * page's own layout.
 */
export function createPanelFrame(deps: PanelFrameDeps): PanelFrame {
  let mounted:
    { host: HTMLElement; frame: HTMLIFrameElement; nonce: string; shadow: ShadowRoot } | undefined;
  let port: PanelPort | undefined;
  let queue: HostMessage[] = [];
  let stopListening: (() => void) | undefined;

  const accept = (candidate: PanelPort) => {
    // Other extension pages may connect to this tab too; only our frame's port is the panel.
    if (!mounted || candidate.name !== PANEL_PORT_PREFIX + mounted.nonce) return;
    port?.disconnect();
    port = candidate;
    candidate.onMessage.addListener((raw) => {
      if (candidate !== port) return;
      const parsed = frameMessageSchemas().frameMessage.safeParse(raw);
      if (parsed.success) deps.onMessage(parsed.data);
    });
    candidate.onDisconnect.addListener(() => {
      if (candidate === port) port = undefined;
    });
    const pending = queue;
    queue = [];
    for (const message of pending) candidate.postMessage(message);
  };

  const mount = () => {
    const doc = deps.document;
    const host = doc.createElement(PANEL_HOST_NAME);
    host.setAttribute('style', HOST_STYLE);
    const shadow = host.attachShadow({ mode: 'open' });
    const frame = doc.createElement('iframe');
    const nonce = deps.newNonce();
    const hint = deps.pageHint ? `/${encodeURIComponent(deps.pageHint())}` : '';
    frame.src = `${deps.frameUrl}#${nonce}${hint}`;
    frame.title = 'Spark Preflight';
    frame.setAttribute('style', `${FRAME_STYLE};left:-10000px;top:0;width:0;height:0`);
    // The panel asks for its own size once painted; until then it takes no room.
    frame.setAttribute('allowtransparency', 'true');
    shadow.append(frame);
    (doc.documentElement ?? doc.body).append(host);
    mounted = { host, frame, nonce, shadow };
    stopListening ??= deps.onConnect(accept);
  };

  const remove = () => {
    port?.disconnect();
    port = undefined;
    queue = [];
    mounted?.host.remove();
    mounted = undefined;
  };

  /** The frame on the page, made afresh if it is not there (or the page took it away). */
  const ensureMounted = () => {
    if (mounted && mounted.host.isConnected) return;
    remove();
    mount();
  };

  return {
    post(message) {
      ensureMounted();
      if (port) port.postMessage(message);
      else {
        // Only the latest field matters to a panel that is still loading.
        if (message.type === 'field') queue = queue.filter((m) => m.type !== 'field');
        queue.push(message);
      }
    },
    prepare: ensureMounted,
    remove,
    isShown: () => mounted !== undefined,
    place(box) {
      if (!mounted) return;
      const { frame } = mounted;
      frame.style.setProperty('left', `${Math.round(box.left)}px`, 'important');
      frame.style.setProperty('top', `${Math.round(box.top)}px`, 'important');
      frame.style.setProperty('width', `${Math.round(box.width)}px`, 'important');
      frame.style.setProperty('height', `${Math.round(box.height)}px`, 'important');
    },
    ownNodes: () => (mounted ? [mounted.host, mounted.frame] : []),
    shield(follow) {
      const shadow = mounted?.shadow;
      if (!shadow) return () => undefined;
      const layer = deps.document.createElement('div');
      layer.setAttribute(
        'style',
        'position:fixed;inset:0;z-index:2147483647;cursor:grabbing;background:transparent;touch-action:none',
      );
      const stop = new AbortController();
      const done = () => {
        stop.abort();
        layer.remove();
      };
      const options = { signal: stop.signal };
      // Only the buyer's own pointer moves the panel.
      layer.addEventListener(
        'pointermove',
        (event) => event.isTrusted && follow.move(event.clientX, event.clientY),
        options,
      );
      layer.addEventListener(
        'pointerup',
        (event) => {
          if (!event.isTrusted) return;
          done();
          follow.end(event.clientX, event.clientY);
        },
        options,
      );
      layer.addEventListener('pointercancel', done, options);
      shadow.append(layer);
      return done;
    },
    dispose() {
      remove();
      stopListening?.();
      stopListening = undefined;
    },
    isOwnNode(node) {
      if (!mounted || !node || typeof node !== 'object') return false;
      if (node === mounted.host || node === mounted.shadow || node === mounted.frame) return true;
      const asNode = node as Node;
      return typeof asNode.getRootNode === 'function' && asNode.getRootNode() === mounted.shadow;
    },
  };
}
