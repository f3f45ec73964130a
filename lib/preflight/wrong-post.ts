import { definitiveFailure, faultFailure, liveView } from './live';
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

export const wrongPostCheck: Check = (input) => {
  const expectedText = input.record?.expectedPost?.trim();
  if (!expectedText) {
    return result(
      'wrong-post',
      'unknown',
      'No expected post recorded',
      'Record the URL of the post this code is meant for, so it can be compared',
    );
  }
  const expected = parsePostRef(expectedText);
  if (expected.kind === 'short') {
    return result(
      'wrong-post',
      'unknown',
      'The expected post is a short link, which does not show the post id',
      'Open the short link and record the full post URL it leads to',
    );
  }
  if (expected.kind === 'invalid') {
    return result(
      'wrong-post',
      'unknown',
      'The expected post you recorded is not a TikTok post link',
      'Record the full post URL, like https://www.tiktok.com/@creator/video/7301234567890123456',
    );
  }

  const view = liveView(input);
  // Which post a code points to never changes, so facts from an earlier lookup still count.
  const actual = view.facts?.itemId?.trim();
  if (actual) {
    if (actual === expected.id) {
      return result('wrong-post', 'pass', 'Points to the post you expected', '', {
        source: 'live',
      });
    }
    const [shownActual, shownExpected] = shortIds(actual, expected.id);
    return result(
      'wrong-post',
      'fail',
      `This code points to a different post (${shownActual}) than the one you expected (${shownExpected})`,
      'Ask the creator for the code of the right post',
      { source: 'live' },
    );
  }
  const verdict = definitiveFailure(view);
  if (verdict) {
    return result(
      'wrong-post',
      'unknown',
      `Could not see which post it points to: ${phrase(verdict.message)}`,
    );
  }
  const fault = faultFailure(view);
  if (input.live) {
    // TikTok was asked in this run and did not say which post: that is not for the records to settle.
    return result(
      'wrong-post',
      'unknown',
      fault ? `Not verified live: ${phrase(fault.message)}` : 'Not verified live',
      sentences(
        fault?.fix ?? '',
        'Before confirming, compare the preview in Ads Manager with the post you expected',
      ),
    );
  }
  // TikTok was not asked and has never said which post the code points to: the record is all
  // there is. It names a real post, so the code passes on the buyer's records; whether the code
  // really points there is one of the live-only checks the panel reports once for all codes.
  return result(
    'wrong-post',
    'pass',
    `Meant for post ${shortId(expected.id)} (from your records); not compared live`,
    '',
    { source: 'records' },
  );
};
