import { classifyAnswer, type AdsManagerAnswer } from '../records/ads-manager-answers';
import type { PageAnswer } from '../api/panel-channel';
import { codesForAnswer } from './answer-attribution';
import type { CallBackground } from '../api/client';
import type { PreflightRequest, PreflightResponse } from '../api/panel-schemas';
import { shortCode, type AnswerView, type PanelRow } from './panel-model';
import type { PanelNotice, PanelStore } from './panel-store';
import type { Translate } from '../translate';

export interface AnswerRecorderDeps {
  store: PanelStore;
  send: CallBackground;
  /** The field as it is now, checked again with the last answer written. */
  recheck: () => PreflightRequest | undefined;
  /** Receives the re-checked rows, so they show the inventory's new state. */
  onChecked: (response: PreflightResponse) => void;
  t: Translate;
}

function noticeFor(answer: AdsManagerAnswer, t: Translate): PanelNotice {
  const tone =
    answer.outcome === 'applied' ? 'success' : answer.outcome === 'failed' ? 'fail' : 'info';
  return { tone, text: t('panel_adsManagerSaid', [answer.text]), fix: answer.fix || undefined };
}

/**
 * Shows what Ads Manager answered after the buyer's Search / Confirm on the code's row with the
 * fix, and records it on the code through the background. The content script only reports
 * answers that follow a trusted click, for the codes that were in the field then.
 */
export function createAnswerRecorder(deps: AnswerRecorderDeps) {
  const { store } = deps;

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
      if (reply.skipped === 'contradicted-by-tiktok') return 'contradicted';
      return reply.skipped === 'already-applied' ? 'already-applied' : 'not-in-inventory';
    } catch {
      return 'not-saved';
    }
  }

  async function onAnswer(answer: AdsManagerAnswer, codes: readonly string[]) {
    const known = store.getState().rows.map((row) => ({
      code: row.code,
      failing: row.checks.filter((check) => check.status === 'fail').map((check) => check.id),
    }));
    const targets = codesForAnswer(answer.text, codes, answer.cause, known);
    if (targets.length === 0) {
      store.setState({ notice: noticeFor(answer, deps.t) });
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
      const notice = noticeFor(answer, deps.t);
      store.setState({
        notice: { ...notice, text: `${notice.text} (${offScreen.map(shortCode).join(', ')})` },
      });
    }
  }

  return {
    /** Records what Ads Manager said about the field's `codes`, when it is an answer at all. */
    onAnswer(message: PageAnswer) {
      const answer = classifyAnswer(message.text);
      return answer ? onAnswer(answer, message.codes) : Promise.resolve();
    },
  };
}
