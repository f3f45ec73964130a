import type { AnswerView } from '../../lib/panel/panel-model';

const SAVED_TEXT: Record<AnswerView['saved'], string> = {
  saving: 'Saving to your inventory…',
  saved: 'Saved on the code in your inventory.',
  'not-in-inventory': 'Not saved: this code is not in your inventory yet.',
  'already-applied': 'Not saved: your inventory already has this code as applied.',
  contradicted:
    'Not saved: TikTok said earlier this code cannot be used. Check it again before you rely on it.',
  'not-saved': 'Could not save this to your inventory.',
  never: 'Not saved: this says nothing about the code itself.',
};

/** What Ads Manager answered for this code after Search / Confirm, and what to do about it. */
export function AnswerLine({ answer }: { answer: AnswerView }) {
  const verb = answer.outcome === 'applied' ? 'accepted it' : 'said';
  return (
    <div className={`sp-answer sp-answer--${answer.outcome}`}>
      <p>
        <strong>Ads Manager {verb}:</strong> “{answer.text}”
      </p>
      {answer.fix ? (
        <p>
          <strong>Fix:</strong> {answer.fix}
        </p>
      ) : null}
      <p className="sp-muted">{SAVED_TEXT[answer.saved]}</p>
    </div>
  );
}
