import type { CallBackground } from '../api/client';
import type { PreflightRequest, PreflightResponse } from '../api/panel-schemas';
import type { FoundCode } from '../codes';
// Straight from the scanner, not the package index: the index also loads the zod schema, which
// the content script does not need.
import { scanPaste } from '../codes/scan';
import { MAX_CODES_PER_MESSAGE } from '../api/limits';
import type { PanelPrefs } from '../api/panel-schemas';
import { detectAdAccount } from '../page/ad-account';
import { fieldKindOf, type EditableField } from '../page/editable-field';
import type { FieldText } from '../page/field-text-events';
import { buttonActsOnField } from '../page/submit-action';
import { createAnswerRecorder } from './answer-recorder';
import { createFieldCleaner } from './field-cleaner';
import { describeError, guard } from './guard';
import { localRows, withBackground, withoutBackground, type PanelRow } from './panel-model';
import type { PanelStore } from './panel-store';

export interface PanelControllerDeps {
  store: PanelStore;
  send: CallBackground;
  /** The top-level document: the account switcher and toasts live there. */
  topDocument: Document;
  pageUrl: () => string;
  /** Mounts the panel if it is not on the page yet; must be synchronous. */
  showPanel: () => void;
  now: () => number;
  /** A timer that dies with the page session. */
  setTimer: (callback: () => void, ms: number) => () => void;
  /** Aborts when the page session ends (navigation, extension reload). */
  signal: AbortSignal;
  isOwnNode: (node: Node) => boolean;
  /** How long after Search / Confirm to read Ads Manager's answer. */
  answerWindowMs?: number;
  /** Pause after the last keystroke before asking the inventory, so typing stays cheap. */
  requestDelayMs?: number;
}

const UNREACHABLE = 'Could not reach your inventory, so this was not checked.';

/**
 * Cheap test that keeps the scanner off text that cannot hold a code: a `#`, its URL-encoded
 * form, or a long base64 run (a code pasted without its `#`).
 */
function mightHoldCode(text: string): boolean {
  return text.includes('#') || /%23|[A-Za-z0-9+/]{24}/i.test(text);
}

function pagePath(url: string): string {
  try {
    return new URL(url).pathname;
  } catch {
    return '/';
  }
}

/**
 * Carries over what is already known about codes that are still in the field: the inventory's
 * answer and anything Ads Manager said. Only the local checks are recomputed on each keystroke.
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
      answer: old.answer,
    };
  });
}

/**
 * Everything the panel does on one page: reads fields, asks the background, and hands Clean
 * field and Ads Manager's answers to their own modules. Every entry point is guarded so an
 * error ends up in the panel, never in the page.
 */
export function createPanelController(deps: PanelControllerDeps) {
  const { store } = deps;
  let active: { field: EditableField; found: FoundCode[]; signature: string } | undefined;
  let requestSeq = 0;
  let cancelScheduled: (() => void) | undefined;

  const showError = (error: unknown) => store.setState({ error: describeError(error) });
  const safe = <A extends unknown[]>(handler: (...args: A) => unknown) => guard(showError, handler);
  const cleaner = createFieldCleaner(store);
  const answers = createAnswerRecorder({
    ...deps,
    recheck: () => fieldRequest(),
    onChecked: (response) => showChecks(response),
  });

  function clear() {
    active = undefined;
    cleaner.forget();
    cancelScheduled?.();
    requestSeq++;
    store.setState({
      rows: [],
      summary: undefined,
      fieldKind: undefined,
      canUndoClean: false,
      notice: undefined,
    });
  }

  function onFieldText({ field, text }: FieldText) {
    const isActive = field === active?.field;
    const scan = mightHoldCode(text) ? scanPaste(text) : undefined;
    const fresh = scan ? localRows(scan.codes, scan.rejected, deps.now()) : [];
    if (!scan || fresh.length === 0) {
      if (isActive) clear();
      return;
    }
    const signature = fresh.map((row) => `${row.key}×${row.occurrences}`).join('\n');
    if (isActive && active?.signature === signature) return;
    if (!cleaner.writing) cleaner.forget();
    const previous = isActive ? store.getState().rows : [];
    active = { field, found: scan.codes, signature };
    store.setState((s) => ({
      rows: keepKnown(fresh, previous),
      summary: undefined,
      fieldKind: fieldKindOf(field),
      canUndoClean: cleaner.canUndo,
      notice: cleaner.writing ? s.notice : undefined,
      error: undefined,
    }));
    deps.showPanel();
    cancelScheduled?.();
    cancelScheduled = deps.setTimer(safe(requestChecks), deps.requestDelayMs ?? 150);
  }

  /** What to ask the background about the field now; undefined when there is nothing to ask. */
  function fieldRequest(): PreflightRequest | undefined {
    const current = active;
    if (!current || current.found.length === 0 || store.getState().prefs.disabledHere) return;
    const codes = current.found.slice(0, MAX_CODES_PER_MESSAGE).map((found) => ({
      code: found.code,
      raw: found.raw.slice(0, 4000),
      warnings: found.warnings.slice(0, 20),
      occurrences: found.occurrences,
    }));
    return { codes, adAccountId: detectAdAccount(deps.pageUrl(), deps.topDocument)?.id };
  }

  /** Shows the background's rows, unless the field has changed since they were asked for. */
  function showChecks(response: PreflightResponse, seq = ++requestSeq) {
    if (seq !== requestSeq || deps.signal.aborted) return;
    const pageAccount = detectAdAccount(deps.pageUrl(), deps.topDocument);
    store.setState((s) => ({
      rows: withBackground(s.rows, response.items),
      summary: response.summary,
      liveEnabled: response.liveEnabled,
      account: response.adAccount && {
        ...response.adAccount,
        source: pageAccount?.source ?? 'settings',
      },
    }));
  }

  async function requestChecks() {
    const request = fieldRequest();
    if (!request) return;
    const seq = ++requestSeq;
    try {
      showChecks(await deps.send('preflight', request), seq);
    } catch (error) {
      if (seq !== requestSeq || deps.signal.aborted) return;
      store.setState((s) => ({
        rows: withoutBackground(s.rows, UNREACHABLE),
        error: describeError(error),
      }));
    }
  }

  function cleanField() {
    const kind = active && fieldKindOf(active.field);
    if (!active || !kind) return;
    cleaner.clean(
      active.field,
      kind,
      active.found.map((found) => found.code),
    );
  }

  async function addToInventory(code?: string) {
    const rows = store
      .getState()
      .rows.filter((r) => r.usable && r.inventory === 'out' && (!code || r.code === code));
    if (rows.length === 0) return;
    const pageAccount = detectAdAccount(deps.pageUrl(), deps.topDocument);
    store.setState({ busy: true });
    try {
      const seq = ++requestSeq;
      const { added, checks } = await deps.send('addFromPage', {
        items: rows.slice(0, MAX_CODES_PER_MESSAGE).map((r) => ({
          code: r.code,
          raw: r.raw.slice(0, 4000),
          warnings: r.warnings.slice(0, 20),
        })),
        // Codes pasted on an account's page are meant for that account.
        details: pageAccount ? { adAccountId: pageAccount.id } : {},
        recheck: fieldRequest(),
      });
      if (checks) showChecks(checks, seq);
      store.setState({
        notice: {
          tone: 'success',
          text: `Added ${added} ${added === 1 ? 'code' : 'codes'} to your inventory.`,
        },
      });
    } finally {
      store.setState({ busy: false });
    }
  }

  /** After Search / Confirm / Authorize for the field's codes, read what Ads Manager says. */
  function onSubmit(button: Element) {
    if (!active || store.getState().prefs.disabledHere) return;
    if (!buttonActsOnField(button, active.field)) return;
    const codes = active.found.map((found) => found.code);
    if (codes.length > 0) answers.listenAfterSubmit(active.field, codes);
  }

  async function loadPrefs() {
    const prefs = await deps.send('getPanelPrefs', { path: pagePath(deps.pageUrl()) });
    if (!deps.signal.aborted) store.setState({ prefs });
  }

  async function updatePrefs(patch: Partial<PanelPrefs>) {
    const before = store.getState().prefs;
    const prefs = { ...before, ...patch };
    store.setState({ prefs });
    await deps.send('setPanelPrefs', { ...prefs, path: pagePath(deps.pageUrl()) });
    if (before.disabledHere && !prefs.disabledHere) await requestChecks();
  }

  return {
    onFieldText: safe(onFieldText),
    onSubmit: safe(onSubmit),
    /** The field the panel is about, so Enter in it counts as Search. */
    isActiveField: (field: EditableField | undefined) =>
      field !== undefined && field === active?.field,
    cleanField: safe(cleanField),
    undoClean: safe(() => cleaner.undo()),
    addToInventory: safe(addToInventory),
    loadPrefs: safe(loadPrefs),
    updatePrefs: safe(updatePrefs),
    dismissError: () => store.setState({ error: undefined }),
    dismissNotice: () => store.setState({ notice: undefined }),
  };
}

export type PanelController = ReturnType<typeof createPanelController>;
