/**
 * What Ads Manager can say after Search / Confirm / Authorize, and what it means for the code.
 * Wording comes from TikTok's help center and what buyers report; TikTok changes it, so each
 * rule matches loosely and the first matching rule wins (more specific rules come first).
 */
export type AnswerCause =
  | 'authorized'
  | 'expired'
  | 'revoked'
  | 'not_found'
  | 'post_unavailable'
  | 'format'
  | 'region'
  | 'original_post_needed'
  | 'unsupported_post'
  | 'post_restricted'
  | 'try_again';

export interface AdsManagerAnswer {
  /** `applied` and `failed` are recorded on the code; `transient` never is: the code may be fine. */
  outcome: 'applied' | 'failed' | 'transient';
  cause: AnswerCause;
  /** The text Ads Manager showed, trimmed. */
  text: string;
  /** What the buyer should do next, in plain words; empty when nothing is needed. */
  fix: string;
}

interface AnswerRule {
  pattern: RegExp;
  /** Skips the rule when this matches too: the wording is there but says the opposite. */
  unless?: RegExp;
  outcome: AdsManagerAnswer['outcome'];
  cause: AnswerCause;
  fix: string;
}

/**
 * Ads Manager shows many unrelated toasts (login, page, ad group, targeting forms) after the same
 * clicks, so the loose words below only count when the message is about the code, its post or its
 * authorization.
 */
const ABOUT_CODE = String.raw`\b(?:code|video|post|authori[sz]ation)s?\b`;
/** Same sentence, a few words apart: "code has expired", not "code … Your session expired". */
const NEAR = String.raw`[^.;!?]{0,40}?`;
const REGION_WORD = String.raw`\b(?:regions?|markets?|countr(?:y|ies))\b`;
const REFUSAL = String.raw`(?:\bnot\b|n't\b|\bcannot\b|\bunavailable\b|\bmismatch)`;

const FIX = {
  expired: 'Ask the creator to extend the authorization, or to send a new code.',
  revoked: 'Ask the creator to turn "Ad authorization" back on for the post and send a fresh code.',
  notFound:
    'Copy the whole code again, including # and =. If it was complete, the creator has revoked it: ask for a fresh code.',
  postUnavailable: 'Ask the creator to restore the post or make it public, or pick another post.',
  format: 'Copy the whole code again, including the # at the start and any = at the end.',
  region:
    "Use an ad account for the creator's region, or a creator from the region this account targets.",
  originalPost:
    'This post duets, stitches or mentions other videos: ask for the original post\'s code too and enter it as "original post code".',
  unsupported: 'This kind of post cannot run as a Spark Ad; pick another post.',
  restricted:
    'The post is under review or restricted: wait until TikTok clears it, or pick another.',
  tryAgain: 'TikTok had a problem on its side; try again in a few minutes. The code may be fine.',
} as const;

export const ANSWER_RULES: readonly AnswerRule[] = [
  {
    pattern:
      /authori[sz]ed successfully|successfully authori[sz]ed|authori[sz]ation (?:was )?successful|\b(?:code|video|post)s? (?:(?:was|were|has been|have been) )?(?:successfully )?added\b|successfully added (?:\d+ )?(?:the )?(?:spark ads? )?(?:codes?|videos?|posts?)\b/i,
    // A wrong "applied" hides a failed code from the buyer, so any hint of failure wins.
    unless: /\bnot\b|n't\b|\bun(?:successful|authori)|\bfail|\bunable\b/i,
    outcome: 'applied',
    cause: 'authorized',
    fix: '',
  },
  {
    pattern: /system (?:error|busy)|server error|network error|try again later|please try again/i,
    outcome: 'transient',
    cause: 'try_again',
    fix: FIX.tryAgain,
  },
  {
    pattern:
      /(?:video|post)(?: has been| was| is)? (?:deleted|removed|unavailable|private|set to private)|video_unavailable|video_deleted/i,
    outcome: 'failed',
    cause: 'post_unavailable',
    fix: FIX.postUnavailable,
  },
  {
    pattern: new RegExp(
      String.raw`${ABOUT_CODE}${NEAR}\bexpired\b|\bexpired (?:spark ads? |video |post )?(?:code|authori[sz]ation)|auth_code_expired`,
      'i',
    ),
    outcome: 'failed',
    cause: 'expired',
    fix: FIX.expired,
  },
  {
    pattern:
      /code has been deleted|code (?:was|is) deleted|revoked|authori[sz]ation (?:has been |was )?(?:turned off|cancell?ed|withdrawn)/i,
    outcome: 'failed',
    cause: 'revoked',
    fix: FIX.revoked,
  },
  {
    pattern: /original (?:post|video)|mentions? (?:multiple|other) videos|\bduet|\bstitch/i,
    outcome: 'failed',
    cause: 'original_post_needed',
    fix: FIX.originalPost,
  },
  {
    // Form prompts ("Please select a country/region") name a region too; only a refusal counts.
    pattern: new RegExp(
      String.raw`^(?=.*(?:${ABOUT_CODE}|\bcreator|\bad account))(?:.*${REGION_WORD}${NEAR}${REFUSAL}|.*${REFUSAL}${NEAR}${REGION_WORD})`,
      'i',
    ),
    outcome: 'failed',
    cause: 'region',
    fix: FIX.region,
  },
  {
    pattern: /\bstor(?:y|ies)\b|\bcarousels?\b|(?:post|video) type (?:is )?not supported/i,
    outcome: 'failed',
    cause: 'unsupported_post',
    fix: FIX.unsupported,
  },
  {
    pattern: /under review|\brestricted\b|illegal item status/i,
    outcome: 'failed',
    cause: 'post_restricted',
    fix: FIX.restricted,
  },
  {
    pattern:
      /invalid (?:video |spark ads |authori[sz]ation )?code|code (?:is )?invalid|incorrect code|wrong format|format error|auth_code_format/i,
    outcome: 'failed',
    cause: 'format',
    fix: FIX.format,
  },
  {
    pattern: new RegExp(
      String.raw`${ABOUT_CODE}${NEAR}(?:not found|does not exist|doesn't exist|could not be found|cannot be found)|auth_code_not_found|\bno (?:video|post|code) (?:was )?found`,
      'i',
    ),
    outcome: 'failed',
    cause: 'not_found',
    fix: FIX.notFound,
  },
];

/** Toasts and inline errors are short; a long text is page content that happens to match. */
const MAX_ANSWER_LENGTH = 300;

export function classifyAnswer(text: string): AdsManagerAnswer | undefined {
  const trimmed = text.replace(/\s+/g, ' ').trim();
  if (!trimmed || trimmed.length > MAX_ANSWER_LENGTH) return undefined;
  const rule = ANSWER_RULES.find((r) => r.pattern.test(trimmed) && !r.unless?.test(trimmed));
  return rule && { outcome: rule.outcome, cause: rule.cause, text: trimmed, fix: rule.fix };
}
