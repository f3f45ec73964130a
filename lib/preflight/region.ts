import { definitiveFailure, liveView } from './live';
import { result } from './result';
import type { Check, CheckResult, PreflightContext } from './types';

let regionNames: Intl.DisplayNames | undefined | null;

/** "France (FR)" when the runtime knows the name; the bare code otherwise. */
function regionLabel(code: string): string {
  // Stryker disable next-line ConditionalExpression: only skips building the names again
  if (regionNames === undefined) {
    try {
      // Stryker disable next-line ArrayDeclaration: the runtime default is English here too; names are checked in English
      regionNames = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });
    } catch {
      regionNames = null;
    }
  }
  let name: string | undefined;
  try {
    // Stryker disable next-line OptionalChaining: null only where Intl.DisplayNames is missing
    name = regionNames?.of(code);
  } catch {
    name = undefined;
  }
  return name && name !== code ? `${name} (${code})` : code;
}

const clean = (region: string | undefined) => region?.trim().toUpperCase() || undefined;

function missingAccountCountry(
  accountId: string | undefined,
  { t }: PreflightContext,
): CheckResult {
  if (!accountId) {
    return result(
      'region',
      'unknown',
      t('preflight_accountUnknown'),
      t('preflight_accountUnknownFix'),
    );
  }
  return result(
    'region',
    'unknown',
    t('preflight_accountCountryMissing', [accountId]),
    t('preflight_accountCountryMissingFix'),
  );
}

export const regionCheck: Check = (input, context) => {
  const { t } = context;
  const view = liveView(input);
  const verdict = definitiveFailure(view);
  if (verdict?.reason === 'region') {
    return result('region', 'fail', t('preflight_regionRefused'), t('preflight_regionRefusedFix'), {
      source: 'live',
    });
  }

  const creator = clean(input.record?.creatorRegion);
  const productRegions = (view.facts?.productRegions ?? [])
    .map(clean)
    .filter((r): r is string => r !== undefined);
  const country = clean(context.adAccount?.country);
  const recordRegionFix = input.record
    ? t('preflight_recordCreatorRegion')
    : t('preflight_addWithCreatorRegion');

  if (!creator && productRegions.length === 0) {
    return result(
      'region',
      'unknown',
      country ? t('preflight_creatorRegionMissing') : t('preflight_regionsBothMissing'),
      recordRegionFix,
    );
  }
  if (!country) return missingAccountCountry(context.adAccount?.id, context);

  const account = regionLabel(country);
  if (creator && creator !== country) {
    const creatorLabel = regionLabel(creator);
    return result(
      'region',
      'fail',
      t('preflight_creatorElsewhere', [creatorLabel, account]),
      t('preflight_switchMarket', [creatorLabel, account]),
      { source: 'records' },
    );
  }
  if (productRegions.length > 0 && !productRegions.includes(country)) {
    const where = productRegions.map(regionLabel);
    return result(
      'region',
      'fail',
      t('preflight_productElsewhere', [where.join(', '), account]),
      t('preflight_switchMarket', [where.join(' / '), account]),
      { source: 'live' },
    );
  }
  // TikTok also refuses a creator from another market, so products alone cannot pass it.
  if (!creator) {
    return result(
      'region',
      'unknown',
      t('preflight_creatorRegionMissingProductIn', [productRegions.map(regionLabel).join(', ')]),
      recordRegionFix,
    );
  }
  // The creator's region is always the buyer's; TikTok's product regions only add to it.
  const source = productRegions.length > 0 ? 'live' : 'records';
  return result('region', 'pass', t('preflight_regionMatches', [account]), '', { source });
};
