import type { CallBackground } from '../api/client';
import { DIALOG_LIMIT } from '../api/limits';
import type {
  LayoutRequestMessage,
  PanelDock,
  FieldSnapshot,
  FieldWritten,
  FrameMessage,
  HostMessage,
  PageAnswer,
} from '../api/panel-channel';
import type { PanelPrefs, PreflightRequest, PreflightResponse } from '../api/panel-schemas';
import { dockFromKey, type Dock } from '../page/drag-dock';
import type { Rect } from '../page/rect';
import { createAnswerRecorder } from './answer-recorder';
import { placeForRequest } from './frame-placement';
import { describeError, guard } from './guard';
import { localRows, withBackground, withoutBackground, type PanelRow } from './panel-model';
import type { PanelNotice, PanelStore } from './panel-store';
import type { Translate } from '../translate';
import { judgedRows, readyCodes } from './verdict';
import { suggestedFields, suggestionsFromField } from './suggested-details';
import { todayIn, type CodeFields } from '../inventory/code-fields';

export type MoveKey = 'ArrowLeft' | 'ArrowRight' | 'ArrowUp' | 'ArrowDown';

export interface PanelControllerDeps {
  store: PanelStore;
  send: CallBackground;
  /** Sends to the content script that hosts the panel. */
  post: (message: FrameMessage) => void;
  now: () => number;
  /** A timer that dies with the panel. */
  setTimer: (callback: () => void, ms: number) => () => void;
  /** Pause after the last field change before asking the inventory, so bursts stay cheap. */
  requestDelayMs?: number;
  /** The page's path when known up front: its preferences load before the first code. */
  pagePath?: string;
  /** That page's preferences, when they were asked for before the controller existed. */
  pagePrefs?: Promise<PanelPrefs>;
  /** The buyer's words for every notice (public/_locales). */
  t: Translate;
}

/**
 * Carries over what is already known about codes that are still in the field: the inventory's
 * answer and anything Ads Manager said. Only the local checks are recomputed on each change.
 */
function keepKnown(next: PanelRow[], previous: readonly PanelRow[]): PanelRow[] {
  const before = new Map(previous.map((row) => [row.key, row]));
  return next.map((row) => {
    const old = before.get(row.key);
    if (!old) return row;
    const known = old.inventory !== 'checking';
    const checks = known
      ? row.checks.map((check) =>
          check.status === 'pending' ? (old.checks.find((c) => c.id === check.id) ?? check) : check,
        )
      : row.checks;
    return {
      ...row,
      checks,
      inventory: known ? old.inventory : row.inventory,
      record: old.record,
      endsAt: old.endsAt,
      post: old.post,
      answer: old.answer,
    };
  });
}

function writtenNotice(written: FieldWritten, t: Translate): PanelNotice {
  if (!written.ok) return { tone: 'info', text: t('panel_fieldGone') };
  if (written.action === 'undo') return { tone: 'info', text: t('panel_fieldRestored') };
  const count = written.count;
  if (written.fieldKind === 'input' && count > 1) {
    return { tone: 'success', text: t('panel_cleanedOneCodeField', [count]) };
  }
  const oneLine = written.fieldKind === 'input';
  const key =
    written.action === 'keep'
      ? oneLine
        ? 'panel_keptReady'
        : 'panel_keptReadyLines'
      : oneLine
        ? 'panel_cleaned'
        : 'panel_cleanedLines';
  return { tone: 'success', text: t(key, count, [count]) };
}

/** Reads the details of codes to add; loaded with the first add, as it brings the record's schema. */
let detailsModule: Promise<typeof import('./details-to-add')> | undefined;
const loadDetailsToAdd = () => (detailsModule ??= import('./details-to-add'));

/**
 * Everything the panel does, inside its own extension page: takes the field's codes from the
 * content script, asks the background about them, and sends back the buyer's requests to
 * rewrite the field. Every entry point is guarded so an error ends up in the panel.
 */
export function createPanelController(deps: PanelControllerDeps) {
  const { store, t } = deps;
  let field: FieldSnapshot | undefined;
  let prefsPath: string | undefined;
  /** Settles once the page's preferences are known: a page where the panel is off is never checked. */
  let prefsLoaded: Promise<unknown> = Promise.resolve();
  let requestSeq = 0;
  let cancelScheduled: (() => void) | undefined;

  const showError = (error: unknown) => store.setState({ error: describeError(error, t) });
  const safe = <A extends unknown[]>(handler: (...args: A) => unknown) => guard(showError, handler);
  const answers = createAnswerRecorder({
    store,
    send: deps.send,
    recheck: () => fieldRequest(),
    onChecked: (response) => showChecks(response),
    t,
  });

  function preparePage(path: string, asked?: Promise<PanelPrefs>) {
    if (path === prefsPath) return;
    prefsPath = path;
    prefsLoaded = loadPrefs(path, asked).catch((error: unknown) => {
      store.setState({ prefsKnown: true });
      showError(error);
    });
  }

  function onField(snapshot: FieldSnapshot) {
    preparePage(snapshot.path);
    cancelScheduled?.();
    requestSeq++;
    if (snapshot.codes.length === 0 && snapshot.rejected.length === 0) {
      field = undefined;
      store.setState({ rows: [], fieldText: undefined, fieldKind: undefined, canUndoClean: false });
      return;
    }
    const sameField = field !== undefined && field.fieldKind === snapshot.fieldKind;
    field = snapshot;
    const fresh = localRows(snapshot.codes, snapshot.rejected, deps.now(), t);
    store.setState((s) => ({
      rows: keepKnown(fresh, sameField ? s.rows : []),
      fieldText: snapshot.text,
      fieldKind: snapshot.fieldKind,
      error: undefined,
    }));
    cancelScheduled = deps.setTimer(safe(requestChecks), deps.requestDelayMs ?? 60);
  }

  /** What to ask the background about the field now; undefined when there is nothing to ask. */
  function fieldRequest(): PreflightRequest | undefined {
    if (!field || field.codes.length === 0 || store.getState().prefs.disabledHere) return;
    return { codes: field.codes, adAccountId: field.account?.id };
  }

  /** Shows the background's rows, unless the field has changed since they were asked for. */
  function showChecks(response: PreflightResponse, seq = ++requestSeq) {
    if (seq !== requestSeq) return;
    const source = field?.account?.source ?? 'settings';
    store.setState((s) => ({
      rows: withBackground(s.rows, response.items),
      liveEnabled: response.liveEnabled,
      liveNote: response.liveNote,
      account: response.adAccount && { ...response.adAccount, source },
    }));
  }

  async function requestChecks() {
    await prefsLoaded;
    const request = fieldRequest();
    if (!request) return;
    const seq = ++requestSeq;
    try {
      showChecks(await deps.send('preflight', request), seq);
    } catch (error) {
      if (seq !== requestSeq) return;
      store.setState((s) => ({
        rows: withoutBackground(s.rows, t('panel_inventoryUnreachable')),
        error: describeError(error, t),
      }));
    }
  }

  function rewrite(action: 'clean' | 'keep', limit = Infinity) {
    const rows = store.getState().rows;
    const codes =
      action === 'keep'
        ? readyCodes(judgedRows(rows, t))
        : rows.filter((r) => r.usable).map((r) => r.code);
    if (codes.length === 0) return;
    deps.post({ type: 'write', action, codes: codes.slice(0, limit) });
  }

  /**
   * What to say once the field is rewritten for "Keep the first 20": the content script's
   * answer comes over the port, before or after the inventory's, and must not replace it.
   */
  let batchNotice: PanelNotice | undefined;

  /**
   * Apply for Authorization takes DIALOG_LIMIT codes at a time: keeps the first that many ready
   * codes in the field and makes sure the other ready ones are in the inventory, where they
   * make the next batch.
   */
  async function keepFirstBatch() {
    const ready = readyCodes(judgedRows(store.getState().rows, t));
    if (ready.length === 0) return;
    const later = new Set(ready.slice(DIALOG_LIMIT));
    const toSave = store
      .getState()
      .rows.filter((row) => later.has(row.code) && row.inventory === 'out');
    const toAdd = codesToAdd(toSave);
    batchNotice =
      later.size > 0
        ? {
            tone: 'success',
            text: t('panel_keptBatchRestSaved', later.size, [DIALOG_LIMIT, later.size]),
          }
        : undefined;
    rewrite('keep', DIALOG_LIMIT);
    if (toAdd.codes.length === 0) return;
    const reply = await deps.send('addFromPage', { items: await itemsToAdd(toAdd) });
    const saved = later.size - reply.limited - reply.refused;
    const notice: PanelNotice = {
      tone: reply.limited > 0 ? 'info' : 'success',
      text: [
        t('panel_keptBatchMoreSaved', saved, [DIALOG_LIMIT, saved]),
        reply.limited > 0 ? t('panel_keptBatchLimited', reply.limited, [reply.limited]) : '',
      ]
        .filter(Boolean)
        .join(' '),
    };
    // Whichever comes last, the field's rewrite or this, the buyer reads the batch's outcome.
    batchNotice = notice;
    store.setState({ notice });
  }

  function onWritten(written: FieldWritten) {
    const forBatch = written.ok && written.action === 'keep' ? batchNotice : undefined;
    batchNotice = undefined;
    store.setState({
      canUndoClean: written.canUndo,
      notice: forBatch ?? writtenNotice(written, t),
    });
  }

  /**
   * Codes to add with what to read their details from: what the buyer typed for a code, else
   * what the field's words say about it, and the page's ad account either way. Taken from the
   * field as it is now, before anything is awaited.
   */
  function codesToAdd(rows: readonly PanelRow[], typed?: CodeFields) {
    const accountId = field?.account?.id;
    const today = todayIn(deps.now(), undefined);
    const suggestions = typed ? new Map() : suggestionsFromField(field?.text, today);
    const codes = rows.map((row) => ({
      row,
      fields: typed ?? suggestedFields(suggestions, row.code),
    }));
    return { codes, accountId, today };
  }

  /** The codes to add with their own details, read from what `codesToAdd` took. */
  async function itemsToAdd({ codes, accountId, today }: ReturnType<typeof codesToAdd>) {
    const { detailsToAdd } = await loadDetailsToAdd();
    return codes.map(({ row, fields }) => {
      const read = detailsToAdd(fields, accountId, today);
      // A suggestion that does not read (an odd handle) is left for the buyer to fill later.
      const details = read.ok ? read.details : accountId ? { adAccountId: accountId } : {};
      return { code: row.code, raw: row.raw, warnings: row.warnings, details };
    });
  }

  /**
   * Adds the codes not in the inventory yet, or one code with the details the buyer typed for it
   * (the form checked them with `detailsToAdd` first).
   */
  async function addToInventory(code?: string, typed?: CodeFields) {
    const rows = store
      .getState()
      .rows.filter((r) => r.usable && r.inventory === 'out' && (!code || r.code === code));
    if (rows.length === 0 || !field) return;
    store.setState({ busy: true });
    try {
      const seq = ++requestSeq;
      const items = itemsToAdd(codesToAdd(rows, code ? typed : undefined));
      const recheck = fieldRequest();
      const reply = await deps.send('addFromPage', { items: await items, recheck });
      if (reply.checks) showChecks(reply.checks, seq);
      store.setState({ notice: addedNotice(reply, t) });
    } finally {
      store.setState({ busy: false });
    }
  }

  async function loadPrefs(path: string, asked?: Promise<PanelPrefs>) {
    const prefs = await (asked ?? deps.send('getPanelPrefs', { path }));
    if (path === prefsPath) {
      store.setState({ prefs, prefsKnown: true });
      deps.post({ type: 'dock', dock: dockOf(prefs) });
      deps.post({ type: 'mode', mode: modeOf(prefs) });
    }
  }

  async function updatePrefs(patch: Partial<PanelPrefs>) {
    const before = store.getState().prefs;
    // Choosing a side drops a spot the panel was dragged to on this page.
    const dropDock = patch.side !== undefined && !('dock' in patch);
    const prefs = { ...before, ...patch, ...(dropDock ? { dock: undefined } : {}) };
    store.setState({ prefs });
    if (patch.side) deps.post({ type: 'dock', dock: dockOf(prefs) });
    deps.post({ type: 'mode', mode: modeOf(prefs) });
    if (prefsPath !== undefined) await deps.send('setPanelPrefs', { ...prefs, path: prefsPath });
    if (before.disabledHere && !prefs.disabledHere) await requestChecks();
  }

  if (deps.pagePath !== undefined) preparePage(deps.pagePath, deps.pagePrefs);

  /** Where the panel last went, and in what window: arrow keys move it from there. */
  let placed: { box: Rect; viewport: { width: number; height: number } } | undefined;

  /** The buyer put the panel somewhere: it goes there, and is remembered for this page. */
  function settleDock(dock: Dock) {
    deps.post({ type: 'dock', dock });
    void safe(updatePrefs)({ dock });
  }

  function onLayout(request: LayoutRequestMessage) {
    const { box, dropped } = placeForRequest(request);
    placed = { box, viewport: request.viewport };
    deps.post({ type: 'place', seq: request.seq, box });
    if (dropped) settleDock(dropped);
  }

  function movePanelByKey(key: MoveKey, shiftKey: boolean, altKey: boolean) {
    if (!placed) return;
    const press = { key, shiftKey, altKey, ctrlKey: false, metaKey: false };
    const dock = dockFromKey(press, placed.box, placed.viewport);
    if (dock) settleDock(dock);
  }

  function onHostMessage(message: HostMessage) {
    if (message.type === 'field') onField(message);
    else if (message.type === 'answer') void answers.onAnswer(message satisfies PageAnswer);
    else if (message.type === 'layout') onLayout(message);
    else onWritten(message);
  }

  return {
    onHostMessage: safe(onHostMessage),
    cleanField: safe(() => {
      batchNotice = undefined;
      rewrite('clean');
    }),
    keepOnlyReady: safe(() => {
      batchNotice = undefined;
      rewrite('keep');
    }),
    keepFirstBatch: safe(keepFirstBatch),
    undoClean: safe(() => deps.post({ type: 'undo' })),
    addToInventory: safe(addToInventory),
    updatePrefs: safe(updatePrefs),
    /** The grip is being dragged: screen pixels from where it was pressed. */
    dragPanel: (
      phase: 'start' | 'move' | 'end',
      dx: number,
      dy: number,
      grab?: { x: number; y: number },
    ) => deps.post({ type: 'drag', phase, dx, dy, grabX: grab?.x, grabY: grab?.y }),
    /** An arrow key on the grip. */
    movePanelByKey: safe(movePanelByKey),
    dismissError: () => store.setState({ error: undefined }),
    dismissNotice: () => store.setState({ notice: undefined }),
    /** The content script is gone (extension updated, page closed): say so instead of failing. */
    onHostGone: () =>
      store.setState({
        error: t('panel_restarted'),
      }),
  };
}

/**
 * Where the buyer put the panel on this page (a drag or a key), else the side they chose: right
 * is where the panel goes by itself, so only left is a place the buyer asked for.
 */
function dockOf(prefs: PanelPrefs): PanelDock {
  if (prefs.dock) return prefs.dock;
  return prefs.side === 'left' ? 'left' : 'auto';
}

function modeOf(prefs: PanelPrefs): 'open' | 'minimised' | 'off' {
  if (prefs.disabledHere) return 'off';
  return prefs.collapsed ? 'minimised' : 'open';
}

function addedNotice(
  reply: { added: number; known: number; refused: number; limited: number },
  t: Translate,
): PanelNotice {
  const parts = [t('panel_added', reply.added, [reply.added])];
  if (reply.refused > 0) parts.push(t('panel_addRefused', reply.refused, [reply.refused]));
  if (reply.known > 0) parts.push(t('panel_addKnown', reply.known, [reply.known]));
  if (reply.limited > 0) parts.push(t('panel_addLimited', reply.limited, [reply.limited]));
  return { tone: reply.added > 0 ? 'success' : 'info', text: parts.join(' ') };
}

export type PanelController = ReturnType<typeof createPanelController>;
