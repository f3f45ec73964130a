import type { CodePerformance, PerformancePeriod, UnknownReason } from '../records/performance';
import { formatMoney } from '../tiktok/performance';
import type { Translate } from '../translate';

/** A figure as a screen shows it: an amount, a plain note, or unknown with the reason. */
export type FigureText =
  | { kind: 'amount'; text: string }
  | { kind: 'note'; text: string }
  | { kind: 'unknown'; text: string; reason: string };

/** An amount in the account's currency; without a known currency, the number alone. */
export function moneyText(amount: number, currency: string | undefined, locale: string): string {
  return currency
    ? formatMoney(amount, currency, locale)
    : new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(amount);
}

/** Why figures are missing, in the buyer's words: our own reasons by key, TikTok's as it said. */
export function reasonText(reason: UnknownReason, t: Translate): string {
  if (reason.key) return t(reason.key, reason.values ?? []);
  return [reason.message, reason.fix].filter(Boolean).join(' ');
}

/** What a code's post spent over a period; "unknown" with the reason, never a made-up zero. */
export function spendText(
  performance: CodePerformance | undefined,
  period: PerformancePeriod,
  t: Translate,
  locale: string,
): FigureText {
  const figures = performance?.[period];
  if (!performance || !figures) return { kind: 'note', text: t('winners_notRead') };
  switch (figures.kind) {
    case 'unknown':
      return { kind: 'unknown', text: t('winners_unknown'), reason: reasonText(figures.reason, t) };
    case 'no-ads':
      return { kind: 'note', text: t('winners_noAds') };
    case 'figures':
      return figures.spend === undefined
        ? { kind: 'note', text: t('winners_noSpend') }
        : { kind: 'amount', text: moneyText(figures.spend, performance.currency, locale) };
  }
}

/** Purchase value over spend over the last 7 days, where the account tracks purchases. */
export function roasText(
  performance: CodePerformance | undefined,
  t: Translate,
  locale: string,
): FigureText {
  const figures = performance?.days7;
  if (figures?.kind === 'unknown') {
    return { kind: 'unknown', text: t('winners_unknown'), reason: reasonText(figures.reason, t) };
  }
  if (figures?.kind !== 'figures' || figures.roas === undefined) return { kind: 'note', text: '' };
  const value = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(figures.roas);
  return { kind: 'amount', text: t('winners_roasValue', [value]) };
}
