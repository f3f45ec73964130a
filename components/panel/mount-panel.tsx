import { createShadowRootUi, type ContentScriptContext } from '#imports';
import type { ReactNode } from 'react';
import { flushSync } from 'react-dom';
import { createRoot, type Root } from 'react-dom/client';

export const PANEL_HOST_NAME = 'spark-preflight-panel';

export interface PanelUi {
  /** Puts the panel on the page, synchronously, if it is not there yet. */
  show: () => void;
  hide: () => void;
  /** True for the panel's host and anything inside its shadow root. */
  isOwnNode: (node: unknown) => boolean;
}

/**
 * The panel lives in a shadow root so neither the page's styles nor ours leak across, and is
 * appended at the end of <body> with fixed positioning, so the page's layout never moves.
 * Keyboard events stop at the shadow root: typing in the panel must not trigger page shortcuts.
 */
export async function createPanelUi(
  ctx: ContentScriptContext,
  render: () => ReactNode,
): Promise<PanelUi> {
  const ui = await createShadowRootUi<Root>(ctx, {
    name: PANEL_HOST_NAME,
    position: 'inline',
    anchor: 'body',
    append: 'last',
    isolateEvents: true,
    onMount(container) {
      const root = createRoot(container);
      // Rendered before the mount returns, so the panel shows in the same frame as the paste.
      flushSync(() => root.render(render()));
      return root;
    },
    onRemove(root) {
      root?.unmount();
    },
  });
  const isOwnNode = (node: unknown): boolean => {
    if (!node || typeof node !== 'object') return false;
    if (node === ui.shadowHost || node === ui.shadow) return true;
    const asNode = node as Node;
    return typeof asNode.getRootNode === 'function' && asNode.getRootNode() === ui.shadow;
  };
  return {
    show: () => {
      if (!ui.mounted) ui.mount();
    },
    hide: () => ui.remove(),
    isOwnNode,
  };
}
