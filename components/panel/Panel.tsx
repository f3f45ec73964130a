import { useStore } from 'zustand';
import type { PanelPrefs } from '../../lib/api/panel-schemas';
import { CodeRow } from './CodeRow';
import type { PanelState, PanelStore } from '../../lib/panel/panel-store';
import { DIALOG_LIMIT } from '../../lib/api/limits';
import type { MoveKey } from '../../lib/panel/panel-controller';
import { DragGrip } from './DragGrip';
import { judgedRows, liveStatusLine, readyCodes, summaryLine } from '../../lib/panel/verdict';

export interface PanelActions {
  cleanField: () => void;
  /** Rewrites the field with only the codes `readyCodes` keeps, with undo. */
  keepOnlyReady: () => void;
  keepFirstBatch: () => void;
  dragPanel: (
    phase: 'start' | 'move' | 'end',
    dx: number,
    dy: number,
    grab?: { x: number; y: number },
  ) => void;
  movePanelByKey: (key: MoveKey, shiftKey: boolean, altKey: boolean) => void;
  undoClean: () => void;
  addToInventory: (code?: string) => void;
  updatePrefs: (patch: Partial<PanelPrefs>) => void;
  dismissError: () => void;
  dismissNotice: () => void;
}

interface PanelProps {
  store: PanelStore;
  actions: PanelActions;
}

function AccountLine({ state }: { state: PanelState }) {
  const { account } = state;
  if (!account) {
    return (
      <p className="sp-muted">Ad account not found on this page; the region check needs it.</p>
    );
  }
  const name = account.name ? `${account.name} (${account.id})` : account.id;
  const country = account.country ? `country ${account.country}` : 'country not saved in Options';
  return (
    <p className="sp-muted">
      Ad account {name} · {country}
      {state.liveEnabled ? ' · live checks on' : ''}
    </p>
  );
}

export function Panel({ store, actions }: PanelProps) {
  const state = useStore(store);
  const { prefs, rows } = state;
  if (rows.length === 0 && !state.error && !state.notice) return null;
  // Off leaves nothing: the content script takes the frame away, the popup turns it on again.
  if (prefs.disabledHere) return null;

  const usable = rows.filter((r) => r.usable);
  const notInInventory = usable.filter((r) => r.inventory === 'out');
  const judged = judgedRows(rows);
  // Worth offering only when it keeps something and changes something.
  const canKeepReady =
    readyCodes(rows).length > 0 && judged.some(({ verdict }) => verdict.kind !== 'ready');
  const liveLine = liveStatusLine(rows, state.liveEnabled, state.liveNote);
  const otherSide = prefs.side === 'right' ? 'left' : 'right';
  return (
    <aside className={`sp-panel sp-panel--${prefs.side}`} aria-label="Spark Preflight">
      <header className="sp-header">
        <h2 className="sp-title">Spark Preflight</h2>
        <div className="sp-tools">
          <DragGrip onDrag={actions.dragPanel} onKey={actions.movePanelByKey} />
          <button
            type="button"
            className="sp-tool"
            onClick={() => actions.updatePrefs({ collapsed: true })}
          >
            Minimise
          </button>
          <button
            type="button"
            className="sp-tool"
            onClick={() => actions.updatePrefs({ side: otherSide })}
          >
            Move {otherSide}
          </button>
          <button
            type="button"
            className="sp-tool"
            onClick={() => actions.updatePrefs({ disabledHere: true })}
          >
            Off here
          </button>
        </div>
        <p className="sp-summary" role="status" aria-live="polite">
          {summaryLine(rows)}
        </p>
      </header>
      {state.error ? (
        <div className="sp-error" role="alert">
          <p>{state.error}</p>
          <button type="button" className="sp-tool" onClick={actions.dismissError}>
            Dismiss
          </button>
        </div>
      ) : null}
      <div id="sp-body" className="sp-body">
        <AccountLine state={state} />
        {liveLine ? (
          <p className="sp-live-line">{liveLine}</p>
        ) : state.liveNote ? (
          <p className="sp-muted">{state.liveNote}</p>
        ) : null}
        {state.fieldKind === 'textarea' && usable.length > DIALOG_LIMIT ? (
          <div className="sp-notice sp-notice--info">
            <p>
              {usable.length} codes here; Apply for Authorization takes {DIALOG_LIMIT} at a time.
            </p>
            <button
              type="button"
              className="sp-button"
              disabled={state.busy || readyCodes(rows).length === 0}
              onClick={actions.keepFirstBatch}
            >
              Keep the first {DIALOG_LIMIT} ready codes
            </button>
          </div>
        ) : null}
        {state.notice ? (
          <div className={`sp-notice sp-notice--${state.notice.tone}`}>
            <p>{state.notice.text}</p>
            {state.notice.fix ? (
              <p>
                <strong>Fix:</strong> {state.notice.fix}
              </p>
            ) : null}
            <button type="button" className="sp-tool" onClick={actions.dismissNotice}>
              Dismiss
            </button>
          </div>
        ) : null}
        <ul className="sp-rows" aria-label="Codes in the field">
          {judged.map(({ row, verdict, index }) => (
            <CodeRow
              key={row.key}
              row={row}
              verdict={verdict}
              index={index}
              accountId={state.account?.id}
              busy={state.busy}
              onAdd={actions.addToInventory}
            />
          ))}
        </ul>
        <footer className="sp-footer">
          <button
            type="button"
            className="sp-button"
            disabled={usable.length === 0}
            onClick={actions.cleanField}
          >
            Clean field
          </button>
          <button
            type="button"
            className="sp-button"
            disabled={state.busy || !canKeepReady}
            onClick={actions.keepOnlyReady}
          >
            Keep only ready codes
          </button>
          {state.canUndoClean ? (
            <button type="button" className="sp-button" onClick={actions.undoClean}>
              Undo clean
            </button>
          ) : null}
          {notInInventory.length > 1 ? (
            <button
              type="button"
              className="sp-button"
              disabled={state.busy}
              onClick={() => actions.addToInventory()}
            >
              Add all {notInInventory.length} to inventory
            </button>
          ) : null}
        </footer>
      </div>
    </aside>
  );
}
