import { definitiveFailure, failureWords, faultFailure, liveHint, liveView } from './live';
import { liveOnly, phrase, result, sentences } from './result';
import type { Check } from './types';

/**
 * GMV Max (TikTok Shop's automated ads) only picks authorized posts whose anchor links a Shop
 * product (`spu_id`, `store_id`) that passed review (CHECK_SUCCESS). Nothing here is read from
 * the buyer's records but the account's Shop details; the post's product link is TikTok's word.
 */
/** A product as the buyer knows it: its name, else its id. */
const named = (product: { spuId: string; name?: string }) => product.name ?? product.spuId;

export const shopReadyCheck: Check = (input, { t, adAccount }) => {
  if (adAccount?.shop === false) {
    return result('shop-ready', 'pass', t('preflight_shopNotShopAccount'), '', {
      source: 'records',
    });
  }
  const view = liveView(input);
  const facts = view.facts;
  if (!facts) {
    const verdict = definitiveFailure(view);
    if (verdict) {
      const why = phrase(failureWords(verdict, t).message);
      return result('shop-ready', 'unknown', t('preflight_postNotSeen', [why]));
    }
    const fault = faultFailure(view);
    const fix = sentences(liveHint(view, t), t('preflight_shopHint'));
    if (fault) {
      const why = phrase(failureWords(fault, t).message);
      return result('shop-ready', 'unknown', t('preflight_notVerifiedLiveBecause', [why]), fix);
    }
    return liveOnly('shop-ready', t('preflight_notVerifiedLive'), fix);
  }

  const live = { source: 'live' as const };
  const products = facts.products ?? [];
  const store = adAccount?.shopStoreId;
  if (products.length === 0) {
    // Only an account the buyer runs through Shop needs a product on every post.
    return adAccount?.shop === true || store
      ? result(
          'shop-ready',
          'fail',
          t('preflight_shopNoProduct'),
          t('preflight_shopNoProductFix'),
          live,
        )
      : result('shop-ready', 'pass', t('preflight_shopNoProductNotNeeded'), '', live);
  }
  const rejected = products.find((p) => p.status === 'CHECK_FAILED');
  if (rejected) {
    return result(
      'shop-ready',
      'fail',
      t('preflight_shopRejected', [named(rejected)]),
      t('preflight_shopRejectedFix'),
      live,
    );
  }
  const foreign = store ? products.find((p) => p.storeId && p.storeId !== store) : undefined;
  if (foreign && store) {
    return result(
      'shop-ready',
      'fail',
      t('preflight_shopOtherStore', [named(foreign), foreign.storeId ?? '', store]),
      t('preflight_shopOtherStoreFix'),
      live,
    );
  }
  const reviewing = products.find((p) => p.status === 'CHECK_ING');
  if (reviewing) {
    return result(
      'shop-ready',
      'warn',
      t('preflight_shopInReview', [named(reviewing)]),
      t('preflight_shopInReviewFix'),
      live,
    );
  }
  const approved = products.find((p) => p.status === 'CHECK_SUCCESS');
  if (approved) {
    return result('shop-ready', 'pass', t('preflight_shopApproved', [named(approved)]), '', live);
  }
  return result(
    'shop-ready',
    'unknown',
    t('preflight_shopReviewUnknown', [products.map(named).join(', ')]),
    t('preflight_shopInReviewFix'),
    live,
  );
};
