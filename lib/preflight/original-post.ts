import type { LiveFacts } from '../tiktok/facts';
import type { Translate } from '../translate';
import { definitiveFailure, failureWords, faultFailure, liveHint, liveView } from './live';
import { liveOnly, phrase, result, sentences } from './result';
import type { Check } from './types';

/** The ways a post can borrow another video, each of which makes TikTok want that video's code. */
function borrowedFrom(facts: LiveFacts, t: Translate): string[] {
  const ways: string[] = [];
  if (facts.stitchOriginalItemId?.trim()) ways.push(t('preflight_wayStitches'));
  if (facts.duetOriginalItemId?.trim()) ways.push(t('preflight_wayDuets'));
  if (facts.mentionedItemIds?.some((id) => id.trim())) ways.push(t('preflight_wayMentions'));
  return ways;
}

/** "stitches", "stitches and duets", "stitches, duets and mentions". */
function joinWays(ways: readonly string[], t: Translate): string {
  const [first = '', second, third] = ways;
  if (third !== undefined) return t('preflight_listOfThree', [first, second ?? '', third]);
  if (second !== undefined) return t('preflight_listOfTwo', [first, second]);
  return first;
}

export const originalPostCheck: Check = (input, { t }) => {
  const askForOriginal = t('preflight_askForOriginal');
  const view = liveView(input);
  const verdict = definitiveFailure(view);
  if (verdict?.reason === 'original_post_needed') {
    return result('original-post', 'fail', t('preflight_originalNeeded'), askForOriginal, {
      source: 'live',
    });
  }
  // What a post borrows from never changes, so facts from an earlier lookup still count.
  if (view.facts) {
    const ways = borrowedFrom(view.facts, t);
    if (ways.length === 0) {
      return result('original-post', 'pass', t('preflight_borrowsNothing'), '', {
        source: 'live',
      });
    }
    return result(
      'original-post',
      'warn',
      t('preflight_borrows', [joinWays(ways, t)]),
      askForOriginal,
      { source: 'live' },
    );
  }
  if (verdict) {
    const why = phrase(failureWords(verdict, t).message);
    return result('original-post', 'unknown', t('preflight_postNotSeen', [why]));
  }
  const fault = faultFailure(view);
  const fix = sentences(liveHint(view, t), t('preflight_originalPostHint'));
  if (fault) {
    const why = phrase(failureWords(fault, t).message);
    return result('original-post', 'unknown', t('preflight_notVerifiedLiveBecause', [why]), fix);
  }
  return liveOnly('original-post', t('preflight_notVerifiedLive'), fix);
};
