/**
 * Who holds a code right now. Claims expire by themselves, so the holder is computed for a given
 * moment from the merged claim entries, never stored.
 */
import { byTimeThenId, type ClaimEntry } from './model';

export interface ActiveClaim {
  by: string;
  byName?: string;
  /** The ad account the codes are meant for; none for codes with no account set. */
  account?: string;
  since: number;
  until: number;
}

export interface ClaimState {
  /** The earliest claim still running; later ones from others wait behind it. */
  holder?: ActiveClaim;
  /** Other members' running claims: two buyers reached for the same code. */
  contenders: ActiveClaim[];
}

function releasedLater(claim: ClaimEntry, entries: readonly ClaimEntry[]): boolean {
  return entries.some(
    (entry) =>
      entry.kind === 'release' &&
      entry.by === claim.by &&
      entry.code === claim.code &&
      byTimeThenId(entry, claim) > 0,
  );
}

/**
 * The first running claim by time wins, whichever replica saw it first; the holder's own later
 * claims renew it (the latest `until` and account count), and a release ends the claims made before it.
 */
export function claimState(entries: readonly ClaimEntry[], now: number): ClaimState {
  const running = [...entries]
    .sort(byTimeThenId)
    .filter(
      (entry): entry is ClaimEntry & { until: number } =>
        entry.kind === 'claim' &&
        entry.until !== undefined &&
        entry.until > now &&
        !releasedLater(entry, entries),
    );
  const first = running[0];
  if (!first) return { contenders: [] };
  const byMember = new Map<string, ActiveClaim>();
  for (const entry of running) {
    const known = byMember.get(entry.by);
    if (known) {
      known.until = Math.max(known.until, entry.until);
      known.account = entry.account;
      continue;
    }
    byMember.set(entry.by, {
      by: entry.by,
      byName: entry.byName,
      account: entry.account,
      since: entry.at,
      until: entry.until,
    });
  }
  const holder = byMember.get(first.by) as ActiveClaim;
  byMember.delete(first.by);
  return { holder, contenders: [...byMember.values()] };
}
