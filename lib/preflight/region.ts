import { definitiveFailure, liveView } from './live';
import { result } from './result';
import type { Check, CheckResult } from './types';

const SWITCH = (region: string, country: string) =>
  `Use an ad account for ${region}, or a creator from ${country}`;

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

function missingAccountCountry(accountId: string | undefined): CheckResult {
  if (!accountId) {
    return result(
      'region',
      'unknown',
      'Ad account not known, so its country cannot be compared',
      'Open Ads Manager on the ad account you will use, or set a default ad account in Options',
    );
  }
  return result(
    'region',
    'unknown',
    `The country of ad account ${accountId} is not recorded`,
    'Add the ad account with its country in Options',
  );
}

export const regionCheck: Check = (input, context) => {
  const view = liveView(input);
  const verdict = definitiveFailure(view);
  if (verdict?.reason === 'region') {
    return result(
      'region',
      'fail',
      "TikTok says this code can't be used in this ad account's market",
      "Use an ad account for the creator's region, or a creator from the target region",
      { source: 'live' },
    );
  }

  const creator = clean(input.record?.creatorRegion);
  const productRegions = (view.facts?.productRegions ?? [])
    .map(clean)
    .filter((r): r is string => r !== undefined);
  const country = clean(context.adAccount?.country);

  if (!creator && productRegions.length === 0) {
    return result(
      'region',
      'unknown',
      country
        ? "Creator's region not recorded"
        : "Creator's region and the ad account's country are both not known",
      input.record
        ? "Record the creator's country in the code's details"
        : "Add the code to your inventory with the creator's country",
    );
  }
  if (!country) return missingAccountCountry(context.adAccount?.id);

  const account = regionLabel(country);
  if (creator && creator !== country) {
    return result(
      'region',
      'fail',
      `The creator is in ${regionLabel(creator)} but the ad account is in ${account}`,
      SWITCH(regionLabel(creator), account),
      { source: 'records' },
    );
  }
  if (productRegions.length > 0 && !productRegions.includes(country)) {
    const where = productRegions.map(regionLabel);
    return result(
      'region',
      'fail',
      `The product in this post is sold in ${where.join(', ')}, not in the ad account's country, ${account}`,
      SWITCH(where.join(' or '), account),
      { source: 'live' },
    );
  }
  // TikTok also refuses a creator from another market, so products alone cannot pass it.
  if (!creator) {
    return result(
      'region',
      'unknown',
      `Creator's region not recorded; the product is sold in ${productRegions.map(regionLabel).join(', ')}`,
      input.record
        ? "Record the creator's region in the code's details"
        : "Add the code to your inventory with the creator's region",
    );
  }
  // The creator's region is always the buyer's; TikTok's product regions only add to it.
  const source = productRegions.length > 0 ? 'live' : 'records';
  return result('region', 'pass', `Matches the ad account's country, ${account}`, '', { source });
};
