import { useStore } from 'zustand';
import type { PanelPrefs } from '../../lib/api/panel-schemas';
import { CodeRow } from './CodeRow';
import type { PanelState, PanelStore } from '../../lib/panel/panel-store';
import { DIALOG_LIMIT } from '../../lib/api/limits';
import type { MoveKey } from '../../lib/panel/panel-controller';
import { DragGrip } from './DragGrip';
import { judgedRows, liveStatusLine, readyCodes, summaryLine } from '../../lib/panel/verdict';
import { todayIn, type CodeFields } from '../../lib/inventory/code-fields';
import { suggestedFields, suggestionsFromField } from '../../lib/panel/suggested-details';
import { t } from './t';

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
  /** All codes not in the inventory yet, or one code with the details the buyer typed for it. */
  addToInventory: (code?: string, typed?: CodeFields) => void;
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
  if (!account) return <p className="sp-muted">{t('panel_accountNotFound')}</p>;
  const name = account.name ? `${account.name} (${account.id})` : account.id;
  const parts = [
    t('panel_account', [name]),
    account.country ? t('panel_accountCountry', [account.country]) : t('panel_accountNoCountry'),
    state.liveEnabled ? t('panel_liveOn') : '',
  ];
  return <p className="sp-muted">{parts.filter(Boolean).join(' · ')}</p>;
}

export function Panel({ store, actions }: PanelProps) {
  const state = useStore(store);
  const { prefs, rows } = state;
  if (rows.length === 0 && !state.error && !state.notice) return null;
  // Off leaves nothing: the content script takes the frame away, the popup turns it on again.
  if (prefs.disabledHere) return null;

  const usable = rows.filter((r) => r.usable);
  const notInInventory = usable.filter((r) => r.inventory === 'out');
  const judged = judgedRows(rows, t);
  const keepable = readyCodes(judged).length;
  // Worth offering only when it keeps something and changes something.
  const canKeepReady = keepable > 0 && judged.some(({ verdict }) => verdict.kind !== 'ready');
  const liveLine = liveStatusLine(rows, state.liveEnabled, t, state.liveNote);
  const otherSide = prefs.side === 'right' ? 'left' : 'right';
  // Read when a row's add form opens, not on every paste: most codes are added without it.
  const today = () => todayIn(Date.now(), undefined);
  const suggest = (code: string) =>
    suggestedFields(suggestionsFromField(state.fieldText, today()), code);
  return (
    <aside className={`sp-panel sp-panel--${prefs.side}`} aria-label={t('panel_title')}>
      <header className="sp-header">
        <h2 className="sp-title">{t('panel_title')}</h2>
        <div className="sp-tools">
          <DragGrip onDrag={actions.dragPanel} onKey={actions.movePanelByKey} />
          <button
            type="button"
            className="sp-tool"
            onClick={() => actions.updatePrefs({ collapsed: true })}
          >
            {t('panel_minimise')}
          </button>
          <button
            type="button"
            className="sp-tool"
            onClick={() => actions.updatePrefs({ side: otherSide })}
          >
            {t(otherSide === 'left' ? 'panel_moveLeft' : 'panel_moveRight')}
          </button>
          <button
            type="button"
            className="sp-tool"
            onClick={() => actions.updatePrefs({ disabledHere: true })}
          >
            {t('panel_offHere')}
          </button>
        </div>
        <p className="sp-summary" role="status" aria-live="polite">
          {summaryLine(judged, t)}
        </p>
      </header>
      {state.error ? (
        <div className="sp-error" role="alert">
          <p>{state.error}</p>
          <button type="button" className="sp-tool" onClick={actions.dismissError}>
            {t('panel_dismiss')}
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
            <p>{t('panel_overDialogLimit', [usable.length, DIALOG_LIMIT])}</p>
            <button
              type="button"
              className="sp-button"
              disabled={state.busy || keepable === 0}
              onClick={actions.keepFirstBatch}
            >
              {t('panel_keepFirstBatch', [DIALOG_LIMIT])}
            </button>
          </div>
        ) : null}
        {state.notice ? (
          <div className={`sp-notice sp-notice--${state.notice.tone}`}>
            <p>{state.notice.text}</p>
            {state.notice.fix ? (
              <p>
                <strong>{t('panel_fix')}</strong> {state.notice.fix}
              </p>
            ) : null}
            <button type="button" className="sp-tool" onClick={actions.dismissNotice}>
              {t('panel_dismiss')}
            </button>
          </div>
        ) : null}
        <ul className="sp-rows" aria-label={t('panel_rowsLabel')}>
          {judged.map(({ row, verdict, index }) => (
            <CodeRow
              key={row.key}
              row={row}
              verdict={verdict}
              index={index}
              accountId={state.account?.id}
              busy={state.busy}
              suggest={suggest}
              today={today}
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
            {t('panel_cleanField')}
          </button>
          <button
            type="button"
            className="sp-button"
            disabled={state.busy || !canKeepReady}
            onClick={actions.keepOnlyReady}
          >
            {t('panel_keepOnlyReady')}
          </button>
          {state.canUndoClean ? (
            <button type="button" className="sp-button" onClick={actions.undoClean}>
              {t('panel_undoClean')}
            </button>
          ) : null}
          {notInInventory.length > 1 ? (
            <button
              type="button"
              className="sp-button"
              disabled={state.busy}
              onClick={() => actions.addToInventory()}
            >
              {t('panel_addAll', [notInInventory.length])}
            </button>
          ) : null}
        </footer>
      </div>
    </aside>
  );
}
