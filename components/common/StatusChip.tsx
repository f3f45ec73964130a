import { chipTones, type StatusChip as Chip } from '../../lib/inventory/status-chip';
import { ToneIcon } from './ToneIcon';
import { toneClass } from '../../lib/preflight/vocabulary';
import './tones.css';

/** Colour alone never carries the meaning: the label is always written out, beside an icon. */
export function StatusChip({ chip }: { chip: Chip }) {
  const tone = chipTones[chip.kind];
  return (
    <span className={`chip chip-${chip.kind} ${toneClass(tone)}`} title={chip.description}>
      <ToneIcon tone={tone} />
      <span>{chip.label}</span>
    </span>
  );
}
