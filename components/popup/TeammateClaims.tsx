import { useMemo } from 'react';
import { accountLabel } from '../../lib/inventory/accounts';
import { teammateClaims } from '../../lib/inventory/batch-plan';
import type { CodeRecord } from '../../lib/records/schema';
import type { AdAccount } from '../../lib/settings/schema';
import { num, t, uiLocale } from '../common/i18n';

interface Props {
  records: readonly CodeRecord[];
  accounts: readonly AdAccount[];
  now: number;
}

/** Which codes batches leave out because teammates hold them, and until when. */
export function TeammateClaims({ records, accounts, now }: Props) {
  const claims = useMemo(() => teammateClaims(records, now), [records, now]);
  if (claims.length === 0) return null;
  const time = (at: number) => new Date(at).toLocaleTimeString(uiLocale(), { timeStyle: 'short' });
  return (
    <section aria-labelledby="teammate-claims-heading" className="teammate-claims">
      <h2 id="teammate-claims-heading">{t('claims_title')}</h2>
      <ul>
        {claims.map((claim) => (
          <li key={`${claim.name}-${claim.account ?? ''}`}>
            {claim.account
              ? t('claims_line', [
                  num(claim.codes),
                  claim.name,
                  accountLabel(claim.account, accounts) ?? claim.account,
                  time(claim.until),
                ])
              : t('claims_lineNoAccount', [num(claim.codes), claim.name, time(claim.until)])}
          </li>
        ))}
      </ul>
    </section>
  );
}
