import type { LiveFacts, LiveFailure } from '../tiktok/facts';
import type { Translate } from '../translate';
import type { PreflightInput } from './types';

/** What the checks may rely on from TikTok for one code. */
export interface LiveView {
  facts?: LiveFacts;
  /** False when the facts come from an earlier lookup stored with the record. */
  factsAreFresh: boolean;
  failure?: LiveFailure;
}

/**
 * Combines this run's lookup with the one stored on the record. A fresh answer always wins. When
 * this run could not reach TikTok, the stored facts still say stable things such as which post a
 * code points to. A stored failure is kept only when TikTok itself judged the code: an old
 * network error says nothing about the code now.
 */
export function liveView(input: PreflightInput): LiveView {
  const fresh = input.live;
  const stored = input.record?.live;
  const storedFacts = stored?.kind === 'facts' ? stored.facts : undefined;
  if (fresh?.kind === 'facts') return { facts: fresh.facts, factsAreFresh: true };
  if (fresh?.kind === 'failure') {
    // TikTok's own verdict on the code makes older facts about it moot.
    if (fresh.failure.definitive) return { failure: fresh.failure, factsAreFresh: false };
    return { facts: storedFacts, factsAreFresh: false, failure: fresh.failure };
  }
  if (stored?.kind === 'failure' && stored.failure.definitive) {
    return { failure: stored.failure, factsAreFresh: false };
  }
  return { facts: storedFacts, factsAreFresh: false };
}

export function definitiveFailure(view: LiveView): LiveFailure | undefined {
  return view.failure?.definitive ? view.failure : undefined;
}

/** A failure that says nothing about the code (network, timeout, server, token...). */
export function faultFailure(view: LiveView): LiveFailure | undefined {
  return view.failure && !view.failure.definitive ? view.failure : undefined;
}

/**
 * How to get a live answer, worded for the situation: the fault's own fix when a lookup failed,
 * nothing when TikTok did answer (asking again would not help), else the token to set up.
 */
export function liveHint(view: LiveView, t: Translate): string {
  const fault = faultFailure(view);
  if (fault) return failureWords(fault, t).fix;
  if (view.factsAreFresh || view.failure) return '';
  return t('preflight_addTokenHint');
}

/**
 * A failure in the buyer's language. Records keep the English a failure was stored with; one
 * the extension worded carries the name of its words, so it is worded again here. Others keep
 * what they were stored with: TikTok's own message for an error only TikTok can word.
 */
export function failureWords(failure: LiveFailure, t: Translate): { message: string; fix: string } {
  const name = failure.messageName;
  const message = name && t(name);
  // An error TikTok's table does not know: TikTok's message as it came, our usual advice.
  if (!name && failure.reason === 'unknown' && failure.apiCode !== undefined) {
    return { message: failure.message, fix: t('fault_unknownFix') };
  }
  // A name from an older or foreign build that this one has no words for keeps the English.
  if (!name || !message) return { message: failure.message, fix: failure.fix };
  return { message, fix: t(`${name}Fix`) };
}
