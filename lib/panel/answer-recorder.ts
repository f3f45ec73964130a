import type { AdsManagerAnswer } from '../records/ads-manager-answers';
import { watchForAnswers } from '../page/answer-watcher';
import type { EditableField } from '../page/editable-field';
import { codesForAnswer } from './answer-attribution';
import { describeError, guard } from './guard';
import type { CallBackground } from '../api/client';
import type { PreflightRequest, PreflightResponse } from '../api/panel-schemas';
import { shortCode, type AnswerView, type PanelRow } from './panel-model';
import type { PanelNotice, PanelStore } from './panel-store';

export interface AnswerRecorderDeps {
  store: PanelStore;
  send: CallBackground;
  topDocument: Document;
  isOwnNode: (node: Node) => boolean;
  /** Aborts when the page session ends. */
  signal: AbortSignal;
  setTimer: (callback: () => void, ms: number) => () => void;
  /** How long after Search / Confirm to read Ads Manager's answer. */
  answerWindowMs?: number;
  /** The field as it is now, checked again with the last answer written. */
  recheck: () => PreflightRequest | undefined;
  /** Receives the re-checked rows, so they show the inventory's new state. */
  onChecked: (response: PreflightResponse) => void;
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

function noticeFor(answer: AdsManagerAnswer): PanelNotice {
  const tone =
    answer.outcome === 'applied' ? 'success' : answer.outcome === 'failed' ? 'fail' : 'info';
  return { tone, text: `Ads Manager said: “${answer.text}”`, fix: answer.fix || undefined };
}

/**
 * Reads what Ads Manager answers after Search / Confirm / Authorize, shows it on the code's row
 * with the fix, and records it on the code through the background. The watch outlives the rows:
 * Ads Manager often empties the field or closes the dialog before its toast appears.
 */
export function createAnswerRecorder(deps: AnswerRecorderDeps) {
  const { store } = deps;
  let current: AbortController | undefined;

  const updateRow = (key: string, change: (row: PanelRow) => PanelRow) =>
    store.setState((s) => ({ rows: s.rows.map((row) => (row.key === key ? change(row) : row)) }));

  async function recordOn(
    code: string,
    answer: AdsManagerAnswer,
    last: boolean,
  ): Promise<AnswerView['saved']> {
    if (answer.outcome === 'transient') return 'never';
    try {
      const reply = await deps.send('recordOutcome', {
        code,
        outcome: answer.outcome,
        reason: answer.text.slice(0, 500),
        recheck: last ? deps.recheck() : undefined,
      });
      if (reply.checks) deps.onChecked(reply.checks);
      if (reply.recorded) return 'saved';
      return reply.skipped === 'already-applied' ? 'already-applied' : 'not-in-inventory';
    } catch {
      return 'not-saved';
    }
  }

  async function onAnswer(answer: AdsManagerAnswer, codes: readonly string[]) {
    const targets = codesForAnswer(answer.text, codes);
    if (targets.length === 0) {
      store.setState({ notice: noticeFor(answer) });
      return;
    }
    const shown = new Set(store.getState().rows.map((row) => row.key));
    const saving: AnswerView['saved'] = answer.outcome === 'transient' ? 'never' : 'saving';
    for (const code of targets) {
      updateRow(code, (row) => ({ ...row, answer: { ...answer, saved: saving } }));
    }
    // One after another, so the last write's reply carries the field's rows after all of them.
    const saved: AnswerView['saved'][] = [];
    for (const [index, code] of targets.entries()) {
      saved.push(await recordOn(code, answer, index === targets.length - 1));
    }
    targets.forEach((code, index) => {
      const result = saved[index] ?? 'not-saved';
      updateRow(code, (row) =>
        row.answer ? { ...row, answer: { ...row.answer, saved: result } } : row,
      );
    });
    const offScreen = targets.filter((code) => !shown.has(code));
    if (offScreen.length > 0) {
      const notice = noticeFor(answer);
      store.setState({
        notice: { ...notice, text: `${notice.text} (${offScreen.map(shortCode).join(', ')})` },
      });
    }
  }

  return {
    /** Starts a fresh watch for the answer about `codes`, replacing any earlier one. */
    listenAfterSubmit(field: EditableField, codes: readonly string[]) {
      current?.abort();
      const watch = new AbortController();
      current = watch;
      deps.signal.addEventListener('abort', () => watch.abort(), {
        once: true,
        signal: watch.signal,
      });
      const showError = (error: unknown) => store.setState({ error: describeError(error) });
      watchForAnswers(
        answerRoots(field, deps.topDocument),
        guard(showError, ({ answer }) => onAnswer(answer, codes)),
        { signal: watch.signal, isOwnNode: deps.isOwnNode },
      );
      deps.setTimer(() => watch.abort(), deps.answerWindowMs ?? 8000);
    },
  };
}
