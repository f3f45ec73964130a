import type { FoundCode } from '../../lib/codes';
// Straight from the scanner, not the package index: the index also loads the zod schema, which
// the content script does not need.
import { scanPaste } from '../../lib/codes/scan';
import type { MessageType, RequestOf, ResponseOf } from '../../lib/messaging/protocol';
import { MAX_CODES_PER_MESSAGE, type PanelPrefs } from '../../lib/messaging/schemas';
import { detectAdAccount } from '../../lib/page/ad-account';
import type { AdsManagerAnswer } from '../../lib/page/ads-manager-answers';
import { watchForAnswers } from '../../lib/page/answer-watcher';
import { fieldKindOf, type EditableField } from '../../lib/page/editable-field';
import type { FieldText } from '../../lib/page/field-text-events';
import { cleanedFieldText, writeFieldText, type RestoreField } from '../../lib/page/write-field';
import { codesForAnswer } from './answer-attribution';
import { describeError, guard } from './guard';
import {
  localRows,
  withBackground,
  withoutBackground,
  type AnswerView,
  type PanelRow,
} from './panel-model';
import type { PanelNotice, PanelStore } from './panel-store';

export type SendMessage = <K extends MessageType>(
  type: K,
  data: RequestOf<K>,
) => Promise<ResponseOf<K>>;

export interface PanelControllerDeps {
  store: PanelStore;
  send: SendMessage;
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
    const checks =
      old.inventory === 'checking'
        ? row.checks
        : row.checks.map((check) =>
            check.status === 'pending'
              ? (old.checks.find((c) => c.id === check.id) ?? check)
              : check,
          );
    return {
      ...row,
      checks,
      inventory: old.inventory === 'checking' ? row.inventory : old.inventory,
      record: old.record,
      endsAt: old.endsAt,
      answer: old.answer,
    };
  });
}

function answerRoots(field: EditableField, top: Document): Node[] {
  const roots = new Set<Node>();
  const fieldRoot = field.getRootNode();
  if (fieldRoot.nodeType === 11) roots.add(fieldRoot);
  const fieldDoc = field.ownerDocument;
  roots.add(fieldDoc.body ?? fieldDoc.documentElement);
  roots.add(top.body ?? top.documentElement);
  return [...roots];
}

/**
 * Everything the panel does on one page: reads fields, asks the background, cleans fields, and
 * listens for Ads Manager's answer. Every entry point is guarded so an error ends up in the
 * panel, never in the page.
 */
export function createPanelController(deps: PanelControllerDeps) {
  const { store } = deps;
  let active: { field: EditableField; found: FoundCode[]; signature: string } | undefined;
  let restoreClean: RestoreField | undefined;
  /** True while the panel itself writes into the field, so its own input event is not an edit. */
  let writing = false;
  let requestSeq = 0;
  let cancelScheduled: (() => void) | undefined;
  let answerWatch: AbortController | undefined;

  const showError = (error: unknown) => store.setState({ error: describeError(error) });
  const safe = <A extends unknown[]>(handler: (...args: A) => unknown) => guard(showError, handler);

  const updateRow = (key: string, change: (row: PanelRow) => PanelRow) =>
    store.setState((s) => ({ rows: s.rows.map((row) => (row.key === key ? change(row) : row)) }));

  function clear() {
    active = undefined;
    restoreClean = undefined;
    answerWatch?.abort();
    cancelScheduled?.();
    requestSeq++;
    store.setState({ rows: [], fieldKind: undefined, canUndoClean: false, notice: undefined });
  }

  function onFieldText({ field, text }: FieldText) {
    const isActive = field === active?.field;
    if (!mightHoldCode(text)) {
      if (isActive) clear();
      return;
    }
    const scan = scanPaste(text);
    const fresh = localRows(scan.codes, scan.rejected, deps.now());
    if (fresh.length === 0) {
      if (isActive) clear();
      return;
    }
    const signature = fresh.map((row) => `${row.key}×${row.occurrences}`).join('\n');
    if (isActive && active?.signature === signature) return;
    if (!writing) restoreClean = undefined;
    const previous = isActive ? store.getState().rows : [];
    active = { field, found: scan.codes, signature };
    store.setState((s) => ({
      rows: keepKnown(fresh, previous),
      fieldKind: fieldKindOf(field),
      canUndoClean: Boolean(restoreClean),
      notice: writing ? s.notice : undefined,
      error: undefined,
    }));
    deps.showPanel();
    scheduleRequest(deps.requestDelayMs ?? 150);
  }

  function scheduleRequest(delay: number) {
    cancelScheduled?.();
    cancelScheduled = deps.setTimer(safe(requestChecks), delay);
  }

  async function requestChecks() {
    const current = active;
    if (!current || store.getState().prefs.disabledHere) return;
    const codes = current.found.slice(0, MAX_CODES_PER_MESSAGE).map((found) => ({
      code: found.code,
      raw: found.raw.slice(0, 4000),
      warnings: found.warnings.slice(0, 20),
      occurrences: found.occurrences,
    }));
    if (codes.length === 0) return;
    const seq = ++requestSeq;
    const pageAccount = detectAdAccount(deps.pageUrl(), deps.topDocument);
    try {
      const response = await deps.send('preflight', { codes, adAccountId: pageAccount?.id });
      if (seq !== requestSeq || deps.signal.aborted) return;
      store.setState((s) => ({
        rows: withBackground(s.rows, response.items),
        liveEnabled: response.liveEnabled,
        account: response.adAccount && {
          ...response.adAccount,
          source: pageAccount?.source ?? 'settings',
        },
      }));
    } catch (error) {
      if (seq !== requestSeq || deps.signal.aborted) return;
      store.setState((s) => ({
        rows: withoutBackground(s.rows, UNREACHABLE),
        error: describeError(error),
      }));
    }
  }

  function write(apply: () => void) {
    writing = true;
    try {
      apply();
    } finally {
      writing = false;
    }
  }

  function cleanField() {
    const current = active;
    if (!current) return;
    const kind = fieldKindOf(current.field);
    if (!kind || !current.field.isConnected) {
      store.setState({ notice: { tone: 'info', text: 'That field is no longer on the page.' } });
      return;
    }
    const codes = current.found.map((found) => found.code);
    if (codes.length === 0) return;
    write(() => {
      restoreClean = writeFieldText(current.field, cleanedFieldText(codes, kind));
    });
    const text =
      kind === 'input' && codes.length > 1
        ? `Field cleaned. It takes one code, so it now holds the first of ${codes.length}.`
        : `Field cleaned: ${codes.length} ${codes.length === 1 ? 'code' : 'codes'}${kind === 'input' ? '' : ', one per line'}.`;
    store.setState({ canUndoClean: true, notice: { tone: 'success', text } });
  }

  function undoClean() {
    const restore = restoreClean;
    restoreClean = undefined;
    if (!restore) return;
    write(restore);
    store.setState({
      canUndoClean: false,
      notice: { tone: 'info', text: 'Field put back as it was.' },
    });
  }

  async function addToInventory(code?: string) {
    const rows = store
      .getState()
      .rows.filter((r) => r.usable && r.inventory === 'out' && (!code || r.code === code));
    if (rows.length === 0) return;
    const pageAccount = detectAdAccount(deps.pageUrl(), deps.topDocument);
    store.setState({ busy: true });
    try {
      const result = await deps.send('addFromPage', {
        items: rows.slice(0, MAX_CODES_PER_MESSAGE).map((r) => ({
          code: r.code,
          raw: r.raw.slice(0, 4000),
          warnings: r.warnings.slice(0, 20),
        })),
        details: pageAccount ? { adAccountId: pageAccount.id } : {},
      });
      const added = result.added;
      store.setState({
        notice: {
          tone: 'success',
          text: `Added ${added} ${added === 1 ? 'code' : 'codes'} to your inventory.`,
        },
      });
    } finally {
      store.setState({ busy: false });
    }
    await requestChecks();
  }

  function noticeFor(answer: AdsManagerAnswer): PanelNotice {
    const tone =
      answer.outcome === 'applied' ? 'success' : answer.outcome === 'failed' ? 'fail' : 'info';
    return { tone, text: `Ads Manager said: “${answer.text}”`, fix: answer.fix || undefined };
  }

  async function onAnswer(answer: AdsManagerAnswer, codes: readonly string[]) {
    const targets = codesForAnswer(answer.text, codes);
    if (targets.length === 0) {
      store.setState({ notice: noticeFor(answer) });
      return;
    }
    const saved: AnswerView['saved'] = answer.outcome === 'transient' ? 'never' : 'saving';
    for (const code of targets) {
      updateRow(code, (row) => ({ ...row, answer: { ...answer, saved } }));
    }
    if (answer.outcome === 'transient') return;
    const outcome = answer.outcome;
    await Promise.all(
      targets.map(async (code) => {
        let result: AnswerView['saved'];
        try {
          const reply = await deps.send('recordOutcome', {
            code,
            outcome,
            reason: answer.text.slice(0, 500),
          });
          result = reply.recorded ? 'saved' : 'not-in-inventory';
        } catch {
          result = 'not-saved';
        }
        updateRow(code, (row) =>
          row.answer ? { ...row, answer: { ...row.answer, saved: result } } : row,
        );
      }),
    );
    await requestChecks();
  }

  /** After Search / Confirm / Authorize, read what Ads Manager says for a few seconds. */
  function onSubmit() {
    const current = active;
    if (!current || store.getState().prefs.disabledHere) return;
    const codes = current.found.map((found) => found.code);
    if (codes.length === 0) return;
    answerWatch?.abort();
    const watch = new AbortController();
    answerWatch = watch;
    deps.signal.addEventListener('abort', () => watch.abort(), { once: true });
    watchForAnswers(
      answerRoots(current.field, deps.topDocument),
      safe(({ answer }) => onAnswer(answer, codes)),
      { signal: watch.signal, isOwnNode: deps.isOwnNode },
    );
    deps.setTimer(() => watch.abort(), deps.answerWindowMs ?? 8000);
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
    undoClean: safe(undoClean),
    addToInventory: safe(addToInventory),
    loadPrefs: safe(loadPrefs),
    updatePrefs: safe(updatePrefs),
    dismissError: () => store.setState({ error: undefined }),
    dismissNotice: () => store.setState({ notice: undefined }),
    clear,
  };
}

export type PanelController = ReturnType<typeof createPanelController>;
