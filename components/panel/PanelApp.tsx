import { useLayoutEffect, useRef } from 'react';
import { useStore } from 'zustand';
import type { FrameMessage } from '../../lib/api/panel-channel';
import type { PanelRow } from '../../lib/panel/panel-model';
import { rowVerdict } from '../../lib/panel/verdict';
import type { PanelStore } from '../../lib/panel/panel-store';
import { Panel, type PanelActions } from './Panel';
import { t } from './t';

/** The panel's width when the page has room; entrypoints/panel/style.css uses the same. */
const PANEL_WIDTH = 380;

interface PanelAppProps {
  store: PanelStore;
  actions: PanelActions;
  /** Tells the content script what the panel needs: its size and mode. */
  post: (message: FrameMessage) => void;
}

/**
 * The panel page's root: the full panel, or when minimised a small tab that opens it again.
 * Whatever it renders, it reports its size, so the frame on the page is never bigger than what
 * it shows and never takes clicks meant for the page.
 */
export function PanelApp({ store, actions, post }: PanelAppProps) {
  const box = useRef<HTMLDivElement>(null);
  const minimised = useStore(store, (s) => s.prefs.collapsed);
  const rows = useStore(store, (s) => s.rows);
  const prefsKnown = useStore(store, (s) => s.prefsKnown);

  useLayoutEffect(() => {
    const element = box.current;
    if (!element) return;
    let last = '';
    const report = () => {
      const rect = element.getBoundingClientRect();
      // The panel asks for its full width even when the page gave it less (it wraps to fit);
      // only its height follows what it shows. Taller than the window, it scrolls: the
      // scrollbar's width is asked for too, so it never squeezes the panel into a sideways scroll.
      const showing = rect.height > 0 && !element.querySelector('.sp-tab');
      const scrollbar = Math.max(0, window.innerWidth - document.documentElement.clientWidth);
      const width = showing ? PANEL_WIDTH + scrollbar : rect.width;
      const size = { width: Math.ceil(width), height: Math.ceil(rect.height) };
      const key = `${size.width}x${size.height}`;
      if (key === last) return;
      last = key;
      post({ type: 'size', ...size });
    };
    report();
    const observer = new ResizeObserver(report);
    observer.observe(element);
    // A scrollbar comes and goes with the frame's height, which the page sets.
    window.addEventListener('resize', report);
    return () => {
      observer.disconnect();
      window.removeEventListener('resize', report);
    };
  }, [post]);

  return (
    <div ref={box} className="sp-frame">
      {!prefsKnown ? null : minimised && rows.length > 0 ? (
        <MinimisedTab rows={rows} onOpen={() => actions.updatePrefs({ collapsed: false })} />
      ) : (
        <Panel store={store} actions={actions} />
      )}
    </div>
  );
}

/** The panel folded to a tab at the window's edge: how many codes need the buyer, or are ready. */
function MinimisedTab({ rows, onOpen }: { rows: readonly PanelRow[]; onOpen: () => void }) {
  const ready = rows.filter((row) => rowVerdict(row, t).kind === 'ready').length;
  const toFix = rows.length - ready;
  return (
    <button
      type="button"
      className="sp-tab"
      aria-label={t('panel_tabLabel', [ready, toFix])}
      title={t('panel_tabTitle')}
      onClick={onOpen}
    >
      <span aria-hidden="true">{toFix > 0 ? toFix : ready}</span>
    </button>
  );
}
