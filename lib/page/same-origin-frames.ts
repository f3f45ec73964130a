/**
 * Runs `attach` for `doc` and for the document of every same-origin iframe inside it, now and
 * later: frames the page adds, frames that navigate (a `srcdoc` frame swaps its first blank
 * document for the real one on load) and frames nested in frames. Each attachment gets a signal
 * that aborts when its document goes away or when `signal` aborts. Cross-origin frames are
 * skipped: their documents are not readable, and the panel has no business there.
 */
export function forEachSameOriginDocument(
  doc: Document,
  attach: (doc: Document, signal: AbortSignal) => void,
  signal: AbortSignal,
): void {
  if (signal.aborted) return;
  attach(doc, signal);
  const watched = new WeakSet<Element>();

  const watchFrame = (frame: HTMLIFrameElement) => {
    if (watched.has(frame)) return;
    watched.add(frame);
    let current: { doc: Document; controller: AbortController } | undefined;
    const follow = () => {
      const frameDoc = readableDocument(frame);
      if (!frameDoc || frameDoc === current?.doc) return;
      current?.controller.abort();
      const controller = new AbortController();
      signal.addEventListener('abort', () => controller.abort(), { once: true });
      current = { doc: frameDoc, controller };
      forEachSameOriginDocument(frameDoc, attach, controller.signal);
    };
    frame.addEventListener('load', follow, { signal });
    signal.addEventListener('abort', () => current?.controller.abort(), { once: true });
    follow();
  };

  const scan = (root: ParentNode) => {
    if (isFrame(root)) watchFrame(root);
    root.querySelectorAll?.('iframe').forEach((frame) => watchFrame(frame));
  };
  scan(doc);

  const view = doc.defaultView;
  if (!view || !doc.documentElement) return;
  const observer = new view.MutationObserver((mutations) => {
    for (const mutation of mutations) {
      mutation.addedNodes.forEach((node) => {
        if (node.nodeType === 1) scan(node as Element);
      });
    }
  });
  observer.observe(doc.documentElement, { childList: true, subtree: true });
  signal.addEventListener('abort', () => observer.disconnect(), { once: true });
}

function isFrame(node: ParentNode): node is HTMLIFrameElement {
  return (node as Element).localName === 'iframe';
}

function readableDocument(frame: HTMLIFrameElement): Document | undefined {
  try {
    return frame.contentDocument ?? undefined;
  } catch {
    return undefined;
  }
}
