import type { AdAccount } from '../settings/schema';

export interface AccountOption {
  id: string;
  label: string;
}

/**
 * "Brand US (…0001)" when the account has a name in Options, else the bare id; undefined for a
 * code without an account, which each screen words itself.
 */
export function accountLabel(
  id: string | null | undefined,
  accounts: readonly AdAccount[],
): string | undefined {
  if (!id) return undefined;
  const name = accounts.find((a) => a.id === id)?.name;
  return name ? `${name} (…${id.slice(-4)})` : id;
}

/** Accounts the buyer can filter or file codes under: those in Options, then any only seen on codes. */
export function accountOptions(
  usedIds: Iterable<string | undefined>,
  accounts: readonly AdAccount[],
): AccountOption[] {
  const ids = new Set(accounts.map((a) => a.id));
  const extra = new Set<string>();
  for (const id of usedIds) if (id && !ids.has(id)) extra.add(id);
  return [...accounts.map((a) => a.id), ...[...extra].sort()].map((id) => ({
    id,
    label: accountLabel(id, accounts) ?? id,
  }));
}
