import { intlFormat } from 'date-fns';
import { DEFAULT_RENEWAL_TEMPLATE } from '../settings/schema';
import { daysLeft } from '../preflight/expiry';
import { lastMoment } from './calendar';

export const RENEWAL_PLACEHOLDERS = ['creator', 'post', 'date', 'days'] as const;
export type RenewalPlaceholder = (typeof RENEWAL_PLACEHOLDERS)[number];

/** One code to ask about; without a known end, `{date}` and `{days}` stay empty. */
export interface RenewalItem {
  creatorHandle?: string;
  expectedPost?: string;
  expiresAt?: number;
}

export interface RenewalContext {
  template: string;
  now: number;
  timeZone: string;
  locale: string;
  /** Words for what the buyer did not record, in the buyer's language. */
  fallback: { creator: string; post: string };
}

/** Stored handles may carry the `@` the template already has. */
function bareHandle(handle: string | undefined): string | undefined {
  const bare = handle?.trim().replace(/^@+/, '');
  return bare ? bare : undefined;
}

/** A handle as the buyer reads it, with exactly one `@`. */
export function atHandle(handle: string): string {
  return `@${bareHandle(handle) ?? ''}`;
}

function listOf(items: readonly string[], locale: string): string {
  return new Intl.ListFormat(locale, { type: 'conjunction' }).format(items);
}

/**
 * The message a buyer sends a creator to extend one or more authorizations. Several codes of
 * one creator become one message naming every post; the date and days are the soonest end, as
 * that is the deadline the creator has to meet.
 */
export function renewalMessage(items: readonly RenewalItem[], context: RenewalContext): string {
  if (items.length === 0) return '';
  const ends = items.flatMap((i) => (i.expiresAt === undefined ? [] : [i.expiresAt]));
  const soonest = ends.length > 0 ? Math.min(...ends) : undefined;
  const creator = bareHandle(items.find((i) => bareHandle(i.creatorHandle))?.creatorHandle);
  const posts = [...new Set(items.map((i) => i.expectedPost?.trim() || context.fallback.post))];
  const values: Record<RenewalPlaceholder, string> = {
    creator: creator ?? context.fallback.creator,
    post: listOf(posts, context.locale),
    date:
      soonest === undefined
        ? ''
        : intlFormat(
            lastMoment(soonest),
            { dateStyle: 'long', timeZone: context.timeZone },
            { locale: context.locale },
          ),
    days:
      soonest === undefined
        ? ''
        : String(Math.max(0, daysLeft(soonest, context.now, context.timeZone))),
  };
  const template = context.template.trim() ? context.template : DEFAULT_RENEWAL_TEMPLATE;
  // Without a handle, "@{creator}" would read "@there": the @ goes with the handle.
  const text = creator ? template : template.replaceAll('@{creator}', '{creator}');
  return text.replace(
    /\{(creator|post|date|days)\}/g,
    (_, name: RenewalPlaceholder) => values[name],
  );
}

/** Placeholders the template uses that the message cannot fill, e.g. a typo like `{craetor}`. */
export function unknownPlaceholders(template: string): string[] {
  const known = new Set<string>(RENEWAL_PLACEHOLDERS);
  const found = [...template.matchAll(/\{([^{}\s]*)\}/g)].map((m) => m[1] ?? '');
  return [...new Set(found.filter((name) => !known.has(name)))];
}

/** Codes grouped by creator handle, ignoring case and `@`; codes without a handle are left out. */
export function groupByCreator<T extends { creatorHandle?: string }>(
  items: readonly T[],
): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const handle = bareHandle(item.creatorHandle)?.toLowerCase();
    if (!handle) continue;
    const group = groups.get(handle);
    if (group) group.push(item);
    else groups.set(handle, [item]);
  }
  return groups;
}
