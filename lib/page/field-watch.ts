import type { FieldSnapshot, HostMessage, SnapshotCode } from '../api/panel-channel';
import { FOUND_CODE_LIMITS, MAX_CODES_PER_MESSAGE } from '../api/limits';
// Straight from the scanner, not the package index: the index also loads zod, which the
// content script must not carry.
import { scanPaste } from '../codes/scan';
import { detectAdAccount } from './ad-account';
import { watchForAnswers } from './answer-watcher';
import { fieldFromPath, fieldKindOf, readFieldText, type EditableField } from './editable-field';
import { mayTakeCodes } from './code-field-hint';
import { listenForFieldText, type FieldText } from './field-text-events';
import { forEachSameOriginDocument } from './same-origin-frames';
import { buttonActsOnField, submitButtonFromPath } from './submit-action';
import { cleanedFieldText, writeFieldText, type RestoreField } from './write-field';

export interface FieldWatchDeps {
  /** The top-level document: the account switcher and toasts live there. */
  topDocument: Document;
  pageUrl: () => string;
  /** Aborts when the page session ends (navigation, extension reload). */
  signal: AbortSignal;
  /** True for the panel's own nodes, whose events are never the buyer's field. */
  isOwnNode: (node: unknown) => boolean;
  /** A timer that dies with the page session. */
  setTimer: (callback: () => void, ms: number) => () => void;
  /** Hands a message to the panel, showing it if needed. */
  post: (message: HostMessage) => void;
  /** The field the buyer works in changed place (or appeared): the host re-places the panel. */
  onActiveField?: (field: EditableField | undefined) => void;
  /**
   * The buyer clicked or tabbed into a field that looks like it takes codes, or began a paste
   * from the keyboard in one: the panel can start loading now, in the moment before the paste,
   * instead of after it.
   */
  onCodeFieldFocus?: () => void;
  /** How long after Search / Confirm to read Ads Manager's answer. */
  answerWindowMs?: number;
  /** Pause after the last keystroke before a half-typed field is checked. */
  typingPauseMs?: number;
}

/** Keys that start a paste from the keyboard. */
const PASTE_KEYS = new Set(['Control', 'Meta', 'Insert']);

/** Cheap test that keeps the scanner off text that cannot hold a code. */
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

/** Where Ads Manager may put its answer: around the field, and toasts on the top page. */
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
 * The content script's half of the panel: it reads what the buyer types or pastes into the
 * page's fields, tells the panel, rewrites the field when the buyer asks, and reports what Ads
 * Manager answers after the buyer's own click on Search or Confirm. Only trusted events count:
 * a page script can fire look-alike events, it cannot fire trusted ones.
 */
export function watchFields(deps: FieldWatchDeps) {
  let active: { field: EditableField; codes: string[]; signature: string } | undefined;
  let cancelPause: (() => void) | undefined;
  /** The field whose typing waits for a pause. */
  let pausedField: EditableField | undefined;
  let restore: RestoreField | undefined;
  let answerWatch: AbortController | undefined;

  const snapshot = (
    field: EditableField | undefined,
    codes: SnapshotCode[],
    rejected: FieldSnapshot['rejected'],
    text?: string,
  ): FieldSnapshot => {
    const account = detectAdAccount(deps.pageUrl(), deps.topDocument);
    return {
      type: 'field',
      fieldKind: field ? fieldKindOf(field) : undefined,
      codes,
      rejected,
      account: account && { id: account.id, source: account.source },
      path: pagePath(deps.pageUrl()),
      text: text !== undefined && text.length <= FOUND_CODE_LIMITS.fieldText ? text : undefined,
    };
  };

  function clear() {
    cancelPause?.();
    if (!active) return;
    active = undefined;
    restore = undefined;
    deps.onActiveField?.(undefined);
    deps.post(snapshot(undefined, [], []));
  }

  function report(field: EditableField, text: string) {
    const scan = mightHoldCode(text) ? scanPaste(text) : undefined;
    const limit = FOUND_CODE_LIMITS;
    const codes = (scan?.codes ?? []).slice(0, MAX_CODES_PER_MESSAGE).map((found) => ({
      code: found.code,
      raw: found.raw.slice(0, limit.raw),
      warnings: found.warnings.slice(0, limit.warnings).map((w) => w.slice(0, limit.message)),
      occurrences: Math.min(found.occurrences, limit.occurrences),
    }));
    const rejected = (scan?.rejected ?? []).slice(0, MAX_CODES_PER_MESSAGE).map((r) => ({
      raw: r.raw.slice(0, limit.raw),
      reason: r.reason.slice(0, limit.message),
      suggestion: r.suggestion?.slice(0, limit.code),
    }));
    if (codes.length === 0 && rejected.length === 0) {
      if (field === active?.field) clear();
      return;
    }
    // The words around the codes count too: they carry each code's creator, post and term.
    const signature = [
      ...codes.map((c) => `${c.code}×${c.occurrences}`),
      ...rejected.map((r) => r.raw),
      text,
    ].join('\n');
    if (field === active?.field && active.signature === signature) return;
    if (field !== active?.field) deps.onActiveField?.(field);
    active = { field, codes: codes.map((c) => c.code), signature };
    deps.post(snapshot(field, codes, rejected, text));
  }

  function onFieldText({ field, text, trigger }: FieldText) {
    cancelPause?.();
    pausedField = undefined;
    // The buyer edited the field: the text from before a rewrite is no longer theirs to want back.
    if (field === active?.field) restore = undefined;
    // A code typed key by key is checked when the buyer pauses, not at every half of it.
    if (trigger === 'typing') {
      pausedField = field;
      cancelPause = deps.setTimer(() => {
        pausedField = undefined;
        report(field, readFieldText(field));
      }, deps.typingPauseMs ?? 600);
      return;
    }
    report(field, text);
  }

  /** After a trusted Search / Confirm for the field's codes, report what Ads Manager says. */
  function onSubmit(button: Element) {
    if (!active || !buttonActsOnField(button, active.field)) return;
    const { field, codes } = active;
    if (codes.length === 0) return;
    answerWatch?.abort();
    const watch = new AbortController();
    answerWatch = watch;
    deps.signal.addEventListener('abort', () => watch.abort(), {
      once: true,
      signal: watch.signal,
    });
    watchForAnswers(
      answerRoots(field, deps.topDocument),
      ({ text }) => deps.post({ type: 'answer', text, codes }),
      { signal: watch.signal, isOwnNode: (node) => deps.isOwnNode(node) },
    );
    deps.setTimer(() => watch.abort(), deps.answerWindowMs ?? 8000);
  }

  function write(action: 'clean' | 'keep', codes: readonly string[]) {
    const field = active?.field;
    const kind = field && fieldKindOf(field);
    if (!field || !kind || !field.isConnected || codes.length === 0) {
      deps.post({ type: 'written', action, ok: false, count: 0, canUndo: false });
      return;
    }
    // Only codes that are in the field now: the panel cannot make the field say anything new.
    const inField = new Set(active?.codes);
    const kept = codes.filter((code) => inField.has(code));
    const undo = writeFieldText(field, cleanedFieldText(kept, kind));
    restore = undo;
    report(field, readFieldText(field));
    deps.post({
      type: 'written',
      action,
      ok: true,
      count: kept.length,
      fieldKind: kind,
      canUndo: true,
    });
  }

  function undo() {
    const field = active?.field;
    const put = restore;
    restore = undefined;
    if (!put || !field) return;
    put();
    report(field, readFieldText(field));
    deps.post({ type: 'written', action: 'undo', ok: true, count: 0, canUndo: false });
  }

  const fromPanel = (path: readonly EventTarget[]) => path.some((target) => deps.isOwnNode(target));

  forEachSameOriginDocument(
    deps.topDocument,
    (doc, signal) => {
      listenForFieldText(doc, onFieldText, { signal, ignore: fromPanel });
      doc.addEventListener(
        'click',
        (event) => {
          if (!event.isTrusted) return;
          const path = event.composedPath();
          if (fromPanel(path)) return;
          const button = submitButtonFromPath(path);
          if (button) onSubmit(button);
        },
        { capture: true, signal },
      );
      // Enter in a single-line code field submits it the way the Search button does.
      doc.addEventListener(
        'keydown',
        (event) => {
          if (!event.isTrusted || event.key !== 'Enter') return;
          const field = fieldFromPath(event.composedPath());
          if (field && field === active?.field && fieldKindOf(field) === 'input') onSubmit(field);
        },
        { capture: true, signal },
      );
      // The buyer pointing into a code field, or tabbing into one, is about to paste. Focus
      // alone would do, but a page script can move focus; it cannot press or click.
      const codeFieldReached = (event: Event) => {
        if (!event.isTrusted || !deps.onCodeFieldFocus) return;
        const path = event.composedPath();
        if (fromPanel(path)) return;
        const field = fieldFromPath(path);
        if (field && mayTakeCodes(field)) deps.onCodeFieldFocus();
      };
      doc.addEventListener('pointerdown', codeFieldReached, { capture: true, signal });
      doc.addEventListener(
        'keyup',
        (event) => {
          if (event.key === 'Tab') codeFieldReached(event);
        },
        { capture: true, signal },
      );
      // The first key of a paste (Ctrl or ⌘ of Ctrl+V, or Shift+Insert) goes down a moment
      // before the paste itself, in a field that already had the focus however it got there.
      doc.addEventListener(
        'keydown',
        (event) => {
          if (PASTE_KEYS.has(event.key)) codeFieldReached(event);
        },
        { capture: true, signal },
      );
      // Leaving a half-typed field is as good as a pause.
      doc.addEventListener(
        'focusout',
        (event) => {
          if (!event.isTrusted) return;
          const field = fieldFromPath(event.composedPath());
          if (field && field === pausedField) {
            cancelPause?.();
            pausedField = undefined;
            report(field, readFieldText(field));
          }
        },
        { capture: true, signal },
      );
    },
    deps.signal,
  );
  deps.signal.addEventListener('abort', () => {
    cancelPause?.();
    answerWatch?.abort();
  });

  return {
    write,
    undo,
    /** The field the panel is about, for placing it. */
    activeField: () => active?.field,
  };
}

export type FieldWatch = ReturnType<typeof watchFields>;
