import type { AnswerView } from '../../lib/panel/panel-model';
import { t } from './t';

/** What became of the answer in the inventory: message names. */
const SAVED_TEXT: Record<AnswerView['saved'], string> = {
  saving: 'panel_answerSaving',
  saved: 'panel_answerSaved',
  'not-in-inventory': 'panel_answerNotInInventory',
  'already-applied': 'panel_answerAlreadyApplied',
  contradicted: 'panel_answerContradicted',
  'not-saved': 'panel_answerNotSaved',
  never: 'panel_answerNever',
};

/** What Ads Manager answered for this code after Search / Confirm, and what to do about it. */
export function AnswerLine({ answer }: { answer: AnswerView }) {
  const said = answer.outcome === 'applied' ? 'panel_answerAccepted' : 'panel_answerSaid';
  return (
    <div className={`sp-answer sp-answer--${answer.outcome}`}>
      <p>
        <strong>{t(said)}</strong> “{answer.text}”
      </p>
      {answer.fix ? (
        <p>
          <strong>{t('panel_fix')}</strong> {answer.fix}
        </p>
      ) : null}
      <p className="sp-muted">{t(SAVED_TEXT[answer.saved])}</p>
    </div>
  );
}
