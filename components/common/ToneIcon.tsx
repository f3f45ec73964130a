import { TONE_ICON, type Tone } from '../../lib/preflight/vocabulary';

/** The tone's icon; hidden from screen readers, which read the word beside it. */
export function ToneIcon({ tone }: { tone: Tone }) {
  return (
    <span className="tone-icon" aria-hidden="true">
      {TONE_ICON[tone]}
    </span>
  );
}
