import { chipTones, type ChipKind, type StatusChip as Chip } from '../../lib/inventory/status-chip';
import { toneClass } from '../../lib/preflight/vocabulary';
import { num, t } from './i18n';
import { ToneIcon } from './ToneIcon';
import './tones.css';

/** Message names of each chip's word, also the status filter's choices. */
export const CHIP_LABELS: Record<ChipKind, string> = {
  ready: 'chip_ready',
  expiring: 'chip_expiring',
  expired: 'chip_expired',
  revoked: 'chip_revoked',
  applied: 'chip_applied',
  'applied-expiring': 'chip_appliedExpiring',
  'applied-expired': 'chip_appliedExpired',
  failed: 'chip_failed',
  unknown: 'chip_unknown',
};

/** Why the chip says what it says: its tooltip. */
export function chipDescription(chip: Chip, failureReason?: string): string {
  switch (chip.kind) {
    case 'ready':
      return chip.daysLeft === null
        ? t('chipWhy_readyNoExpiry')
        : t('chipWhy_ready', chip.daysLeft, [num(chip.daysLeft)]);
    case 'failed':
      return failureReason ?? t('chipWhy_failed');
    case 'expiring':
      return t('chipWhy_expiring');
    case 'expired':
      return t('chipWhy_expired');
    case 'revoked':
      return t('chipWhy_revoked');
    case 'applied':
      return t('chipWhy_applied');
    case 'applied-expiring':
      return t('chipWhy_appliedExpiring');
    case 'applied-expired':
      return t('chipWhy_appliedExpired');
    case 'unknown':
      return t('chipWhy_unknown');
  }
}

/** Colour alone never carries the meaning: the label is always written out, beside an icon. */
export function StatusChip({ chip, failureReason }: { chip: Chip; failureReason?: string }) {
  const tone = chipTones[chip.kind];
  return (
    <span
      className={`chip chip-${chip.kind} ${toneClass(tone)}`}
      title={chipDescription(chip, failureReason)}
    >
      <ToneIcon tone={tone} />
      <span>{t(CHIP_LABELS[chip.kind])}</span>
    </span>
  );
}
