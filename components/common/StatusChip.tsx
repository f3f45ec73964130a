import type { StatusChip as Chip } from '../../lib/inventory/status-chip';

/** Colour alone never carries the meaning: the label is always written out. */
export function StatusChip({ chip }: { chip: Chip }) {
  return (
    <span className={`chip chip-${chip.kind}`} title={chip.description}>
      {chip.label}
    </span>
  );
}
