import { definitiveFailure, failureWords, faultFailure, liveView } from './live';
import { phrase, result, sentences } from './result';
import type { Check } from './types';

export type PostRef = { kind: 'id'; id: string } | { kind: 'short' } | { kind: 'invalid' };

const BARE_ID = /^\d{15,22}$/;
/** Share links that only redirect; the post id is not in them. */
const SHORT_HOSTS = new Set(['vm.tiktok.com', 'vt.tiktok.com']);
const ID_PATHS = [
  /^\/@[^/]+\/(?:video|photo)\/(\d{15,22})\/?$/,
  // Older mobile share links and the embed player.
  /^\/v\/(\d{15,22})(?:\.html)?\/?$/,
  /^\/embed(?:\/v2)?\/(\d{15,22})\/?$/,
];

function asUrl(text: string): URL | undefined {
  const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(text) ? text : `https://${text}`;
  try {
    return new URL(withScheme);
  } catch {
    return undefined;
  }
}

/** Reads the post a buyer recorded: a TikTok post URL or a bare numeric post id. */
export function parsePostRef(text: string): PostRef {
  const trimmed = text.trim();
  if (BARE_ID.test(trimmed)) return { kind: 'id', id: trimmed };
  const url = asUrl(trimmed);
  if (!url) return { kind: 'invalid' };
  const host = url.hostname.toLowerCase();
  if (host !== 'tiktok.com' && !host.endsWith('.tiktok.com')) return { kind: 'invalid' };
  if (SHORT_HOSTS.has(host) || /^\/t\/[^/]+\/?$/.test(url.pathname)) return { kind: 'short' };
  for (const pattern of ID_PATHS) {
    const id = pattern.exec(url.pathname)?.[1];
    if (id) return { kind: 'id', id };
  }
  return { kind: 'invalid' };
}

const shortId = (id: string) => (id.length > 6 ? `…${id.slice(-6)}` : id);

/** Enough of an id to tell two posts apart at a glance; the whole id when the ends match. */
function shortIds(a: string, b: string): [string, string] {
  return shortId(a) === shortId(b) ? [a, b] : [shortId(a), shortId(b)];
}

export const wrongPostCheck: Check = (input, { t }) => {
  const expectedText = input.record?.expectedPost?.trim();
  if (!expectedText) {
    return result(
      'wrong-post',
      'unknown',
      t('preflight_noExpectedPost'),
      t('preflight_noExpectedPostFix'),
    );
  }
  const expected = parsePostRef(expectedText);
  if (expected.kind === 'short') {
    return result(
      'wrong-post',
      'unknown',
      t('preflight_expectedPostShortLink'),
      t('preflight_expectedPostShortLinkFix'),
    );
  }
  if (expected.kind === 'invalid') {
    return result(
      'wrong-post',
      'unknown',
      t('preflight_expectedPostNotTikTok'),
      t('preflight_expectedPostNotTikTokFix'),
    );
  }

  const view = liveView(input);
  // Which post a code points to never changes, so facts from an earlier lookup still count.
  const actual = view.facts?.itemId?.trim();
  if (actual) {
    if (actual === expected.id) {
      return result('wrong-post', 'pass', t('preflight_expectedPost'), '', { source: 'live' });
    }
    const [shownActual, shownExpected] = shortIds(actual, expected.id);
    return result(
      'wrong-post',
      'fail',
      t('preflight_otherPost', [shownActual, shownExpected]),
      t('preflight_otherPostFix'),
      { source: 'live' },
    );
  }
  const verdict = definitiveFailure(view);
  if (verdict) {
    const why = phrase(failureWords(verdict, t).message);
    return result('wrong-post', 'unknown', t('preflight_postTargetNotSeen', [why]));
  }
  const fault = faultFailure(view);
  if (input.live) {
    // TikTok was asked in this run and did not say which post: that is not for the records to settle.
    const words = fault && failureWords(fault, t);
    return result(
      'wrong-post',
      'unknown',
      words
        ? t('preflight_notVerifiedLiveBecause', [phrase(words.message)])
        : t('preflight_notVerifiedLive'),
      sentences(words?.fix ?? '', t('preflight_comparePreview')),
    );
  }
  // TikTok was not asked and has never said which post the code points to: the record is all
  // there is. It names a real post, so the code passes on the buyer's records; whether the code
  // really points there is one of the live-only checks the panel reports once for all codes.
  return result('wrong-post', 'pass', t('preflight_meantForPost', [shortId(expected.id)]), '', {
    source: 'records',
  });
};
