import type { AnswerCause } from '../records/ads-manager-answers';
import type { CheckId } from '../preflight/types';

/** Enough of a code to recognise it inside a message that quotes it shortened. */
const QUOTED_PREFIX_LENGTH = 16;

/** The check whose failure explains an answer with this cause. */
const CHECK_FOR_CAUSE: Partial<Record<AnswerCause, CheckId>> = {
  expired: 'expiry',
  revoked: 'revocation',
  region: 'region',
  post_unavailable: 'wrong-post',
  original_post_needed: 'original-post',
};

/** What the panel knows about one of the field's codes when an answer arrives. */
export interface KnownCode {
  code: string;
  /** Checks that failed on what the inventory or TikTok said. */
  failing: readonly CheckId[];
}

/**
 * Which of the field's codes an Ads Manager message is about: the ones it quotes; else the only
 * code in the field; else, for a failure, the one code whose own checks already explain it (the
 * only expired code, for "This code has expired"). A message about one of several codes that
 * nothing ties to one of them belongs to no code: recording it on all would mark good codes as
 * failed, so it stays a note for the whole field.
 */
export function codesForAnswer(
  text: string,
  codes: readonly string[],
  cause?: AnswerCause,
  known: readonly KnownCode[] = [],
): string[] {
  const quoted = codes.filter(
    (code) => text.includes(code) || text.includes(code.slice(0, QUOTED_PREFIX_LENGTH)),
  );
  if (quoted.length > 0) return quoted;
  if (codes.length === 1) return [...codes];
  const check = cause && CHECK_FOR_CAUSE[cause];
  if (!check) return [];
  const inField = new Set(codes);
  const explained = known.filter((k) => inField.has(k.code) && k.failing.includes(check));
  return explained.length === 1 && explained[0] ? [explained[0].code] : [];
}
