import { useState } from 'react';
import type { CodeRecord } from '../../lib/records/schema';
import { shortCode } from '../../lib/inventory/display';
import { useLive } from './use-live';
import { useNow } from './use-now';
import { t } from '../common/i18n';

const UNITS: readonly [Intl.RelativeTimeFormatUnit, number][] = [
  ['day', 86_400_000],
  ['hour', 3_600_000],
  ['minute', 60_000],
  ['second', 1000],
];

/** "4 minutes ago" in the buyer's language: the largest whole unit, never in the future. */
function agoText(at: number, now: number): string {
  const elapsed = Math.max(0, now - at);
  const [unit, ms] = UNITS.find(([, size]) => elapsed >= size) ?? ['second', 1000];
  const format = new Intl.RelativeTimeFormat(navigator.language, { numeric: 'always' });
  return format.format(-Math.floor(elapsed / ms), unit);
}

/** When TikTok last answered for this code, what it said, and a button to ask again. */
export function LiveCheckLine({ record }: { record: CodeRecord }) {
  const live = useLive();
  const now = useNow();
  const [busy, setBusy] = useState(false);
  const [note, setNote] = useState('');
  if (!live) return null;

  const lookup = record.live;
  const fetchedAt = lookup?.kind === 'facts' ? lookup.facts.fetchedAt : lookup?.failure.fetchedAt;
  const said =
    lookup?.kind === 'failure'
      ? lookup.failure.message
      : lookup?.facts.authStatus
        ? t('live_tiktokSays', [lookup.facts.authStatus.toLowerCase().replace(/_/g, ' ')])
        : undefined;

  async function refresh() {
    if (!live) return;
    setBusy(true);
    setNote('');
    try {
      const { skipped } = await live.refresh([record.code]);
      setNote(skipped[0]?.reason ?? '');
    } catch {
      setNote(t('live_refreshFailed'));
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="row-live">
      <span>
        {fetchedAt === undefined
          ? t('live_never')
          : said
            ? t('live_checkedSaid', [agoText(fetchedAt, now), said])
            : t('live_checked', [agoText(fetchedAt, now)])}
      </span>{' '}
      <button
        type="button"
        disabled={busy}
        aria-label={t('live_checkName', [t('live_check'), shortCode(record.code)])}
        onClick={() => void refresh()}
      >
        {busy ? t('live_checking') : t('live_check')}
      </button>
      {note && <span role="status"> {note}</span>}
    </div>
  );
}
