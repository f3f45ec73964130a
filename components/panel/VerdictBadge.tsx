import type { Verdict } from '../../lib/preflight/verdict';
import {
  READY_FROM_RECORDS_MESSAGE,
  VERDICT_MESSAGE,
  VERDICT_TONE,
  toneClass,
} from '../../lib/preflight/vocabulary';
import { t } from './t';
import { ToneIcon } from '../common/ToneIcon';
import '../common/tones.css';
import './verdict.css';

/** What to do with a code, in the words, icon and colour the popup uses for the same state. */
export function VerdictBadge({ verdict }: { verdict: Verdict }) {
  const tone = VERDICT_TONE[verdict.kind];
  const word = t(
    verdict.kind === 'ready' && verdict.fromRecords
      ? READY_FROM_RECORDS_MESSAGE
      : VERDICT_MESSAGE[verdict.kind],
  );
  return (
    <span className={`sp-verdict ${toneClass(tone)}`}>
      <ToneIcon tone={tone} />
      {word}
    </span>
  );
}
