import type { LiveFailure } from './facts';

export type FailureReason = LiveFailure['reason'];

/**
 * Everything that can go wrong with one call, before it is put in the buyer's words.
 * `api` is TikTok answering with a non-zero code; the rest happened on the way.
 */
export type Problem =
  | { kind: 'api'; code: number; message: string }
  | { kind: 'http'; status: number }
  | { kind: 'malformed' }
  | { kind: 'network' }
  | { kind: 'timeout' };

export interface ErrorRule {
  reason: FailureReason;
  /** True only when TikTok itself judged the code or post; faults never are. */
  definitive: boolean;
  /** Codes that settle the reason whatever the message says. */
  codes?: readonly number[];
  codeRange?: readonly [min: number, max: number];
  /** Tried on TikTok's message when no code settled it, in table order. */
  messages?: readonly RegExp[];
  /** Catch-all codes, used only when no message pattern in the table matched. */
  fallbackCodes?: readonly number[];
  message: string;
  fix: string;
}

/**
 * The one place that turns TikTok's answers into reasons. Faults come first so that a throttled,
 * broken or unauthenticated call can never be read as an expired or revoked code, whatever words
 * TikTok's message happens to contain.
 */
export const ERROR_TABLE: readonly ErrorRule[] = [
  {
    reason: 'server',
    definitive: false,
    codes: [-500],
    codeRange: [50000, 59999],
    messages: [
      /\b(?:rpc|db)\b.*\b(?:error|fail)/i,
      /internal (?:server )?error|system (?:error|busy)/i,
    ],
    message: 'TikTok had a problem on its side; the code itself may be fine.',
    fix: 'Try again later; the code was not marked bad',
  },
  {
    reason: 'rate_limited',
    definitive: false,
    codes: [40100, 40133, 50100],
    messages: [/too many requests|rate.?limit|too frequent|request frequency|\bqps\b/i],
    message: 'TikTok is limiting how fast requests can be made.',
    fix: 'Wait a minute and check again',
  },
  {
    reason: 'auth',
    definitive: false,
    codes: [40001, 40102, 40104, 40105],
    messages: [
      /access[ _-]?token/i,
      /no permission to (?:operate|access)|permission (?:denied|error)|not granted/i,
    ],
    // TikTok's catch-all permission and parameter code: its message is the better guide.
    fallbackCodes: [40002],
    message: 'TikTok refused the access token, or this ad account is not granted to it.',
    fix: 'Check the access token in Options and that the ad account is granted to it',
  },
  {
    reason: 'expired',
    definitive: true,
    codes: [4025],
    messages: [
      /auth_code_expired/i,
      /\bcode (?:has |is )?(?:already )?expired|authori[sz]ation (?:has |is )?(?:already )?expired/i,
    ],
    message: "The code has expired: the creator's authorization window is over.",
    fix: 'Ask the creator to extend the authorization, or send a new code',
  },
  {
    reason: 'revoked',
    definitive: true,
    messages: [
      /auth_code_not_found/i,
      /\bcode (?:has been |was |is )?(?:deleted|revoked|cancell?ed|not found)/i,
      /authori[sz]ation (?:has been |was |is )?(?:revoked|cancell?ed|turned off|disabled)/i,
    ],
    message: 'The creator revoked this code or turned Ad authorization off.',
    fix: 'Ask the creator to turn Ad authorization back on and send a fresh code',
  },
  {
    reason: 'post_unavailable',
    definitive: true,
    codes: [4002],
    messages: [
      /video_unavailable|video_deleted/i,
      /\b(?:video|post) (?:has been |was |is )?(?:deleted|unavailable|private|removed)/i,
    ],
    message: 'The post was deleted or set to private.',
    fix: 'Ask the creator to restore the post, or pick another post',
  },
  {
    reason: 'format',
    definitive: true,
    codes: [4013],
    messages: [/auth_code_format_error|code format|invalid (?:auth(?:orization)?[ _])?code\b/i],
    message: 'TikTok did not recognise this code: it looks mistyped or cut short.',
    fix: 'Copy the whole code again, including the # at the start and any = at the end',
  },
  {
    reason: 'original_post_needed',
    definitive: true,
    codes: [930002, 900003],
    messages: [/mention_multiple_videos|multiple (?:duet|stitch)|original_post_auth_code/i],
    message:
      "This post stitches, duets or mentions another video, so TikTok also needs the original post's code.",
    fix: "Ask the creator for the original post's code and authorize both together",
  },
  {
    reason: 'region',
    definitive: true,
    messages: [
      /region (?:is )?not supported|not (?:available|supported) in (?:this|your) (?:region|market|country)/i,
      /can(?:not|'t) be used in this (?:market|region|country)/i,
      /\bregions?\b[^.]*\b(?:mismatch|differs?|not (?:supported|allowed|match))/i,
    ],
    message:
      "The code can't be used in this ad account's market: the creator or product region differs.",
    fix: 'Use an ad account for that region, or a creator from the target region',
  },
  {
    reason: 'unsupported_post',
    definitive: true,
    codes: [4027, 4042],
    messages: [/story_video_not_supported|carousel_duet_not_supported/i],
    message: 'TikTok does not allow this type of post in Spark Ads (for example a story).',
    fix: 'Pick another post',
  },
  {
    reason: 'post_restricted',
    definitive: true,
    codes: [900012],
    // "Under review" and "restricted" also describe ad accounts; only a post being so is a
    // verdict on the code.
    messages: [
      /illegal_item_status/i,
      /\b(?:video|post|item)s?\b[^.]*\b(?:under review|restricted)\b/i,
      /\b(?:under review|restricted)\b[^.]*\b(?:video|post|item)s?\b/i,
    ],
    message: 'The post is under review or restricted by TikTok.',
    fix: 'Wait for the review to finish, or pick another post',
  },
];

interface FaultText {
  message: string;
  fix: string;
}

/** Words for failures that never reach TikTok's error table. */
const FAULTS = {
  network: {
    message: 'Could not reach TikTok.',
    fix: 'Check the internet connection and try again',
  },
  timeout: { message: 'TikTok did not answer in time.', fix: 'Try again in a moment' },
  bad_response: {
    message: "TikTok's answer could not be read.",
    fix: 'Try again later; the code was not marked bad',
  },
} satisfies Record<string, FaultText>;

const MAX_QUOTED_MESSAGE = 300;

function ruleMatchesCode(rule: ErrorRule, code: number): boolean {
  if (rule.codes?.includes(code)) return true;
  const range = rule.codeRange;
  return range !== undefined && code >= range[0] && code <= range[1];
}

/** Finds the table row for one TikTok error, or undefined when nothing in the table knows it. */
export function ruleForApiError(code: number, message: string): ErrorRule | undefined {
  return (
    ERROR_TABLE.find((rule) => ruleMatchesCode(rule, code)) ??
    ERROR_TABLE.find((rule) => rule.messages?.some((pattern) => pattern.test(message))) ??
    ERROR_TABLE.find((rule) => rule.fallbackCodes?.includes(code))
  );
}

function ruleFor(reason: FailureReason): ErrorRule {
  const rule = ERROR_TABLE.find((candidate) => candidate.reason === reason);
  if (!rule) throw new Error(`No error table row for ${reason}`);
  return rule;
}

/**
 * Where each failure's words are in public/_locales (`<name>` and `<name>Fix`), so screens can
 * word it in the buyer's language; the English above is what records keep.
 */
const MESSAGE_NAME: Partial<Record<FailureReason, string>> = {
  expired: 'fault_expired',
  revoked: 'fault_revoked',
  post_unavailable: 'fault_postUnavailable',
  format: 'fault_format',
  original_post_needed: 'fault_originalPostNeeded',
  unsupported_post: 'fault_unsupportedPost',
  post_restricted: 'fault_postRestricted',
  region: 'fault_region',
  auth: 'fault_auth',
  rate_limited: 'fault_rateLimited',
  server: 'fault_server',
  network: 'fault_network',
  timeout: 'fault_timeout',
  bad_response: 'fault_badResponse',
};

function fromRule(rule: ErrorRule, fetchedAt: number, apiCode?: number): LiveFailure {
  const { reason, definitive, message, fix } = rule;
  const messageName = MESSAGE_NAME[reason];
  const failure: LiveFailure = { fetchedAt, reason, definitive, message, fix };
  if (apiCode !== undefined) failure.apiCode = apiCode;
  if (messageName) failure.messageName = messageName;
  return failure;
}

function fault(reason: keyof typeof FAULTS, fetchedAt: number): LiveFailure {
  const failure: LiveFailure = { fetchedAt, reason, definitive: false, ...FAULTS[reason] };
  const messageName = MESSAGE_NAME[reason];
  if (messageName) failure.messageName = messageName;
  return failure;
}

function unknownApiError(code: number, message: string, fetchedAt: number): LiveFailure {
  const quoted = message.trim().slice(0, MAX_QUOTED_MESSAGE);
  return {
    fetchedAt,
    reason: 'unknown',
    definitive: false,
    apiCode: code,
    message: quoted ? `TikTok answered error ${code}: ${quoted}` : `TikTok answered error ${code}.`,
    fix: 'Check the code in Ads Manager; it was not marked bad',
  };
}

function fromHttpStatus(status: number, fetchedAt: number): LiveFailure {
  if (status === 429) return fromRule(ruleFor('rate_limited'), fetchedAt);
  if (status >= 500) return fromRule(ruleFor('server'), fetchedAt);
  if (status === 401 || status === 403) return fromRule(ruleFor('auth'), fetchedAt);
  return fault('bad_response', fetchedAt);
}

export function failureFor(problem: Problem, fetchedAt: number): LiveFailure {
  switch (problem.kind) {
    case 'api': {
      const rule = ruleForApiError(problem.code, problem.message);
      return rule
        ? fromRule(rule, fetchedAt, problem.code)
        : unknownApiError(problem.code, problem.message, fetchedAt);
    }
    case 'http':
      return fromHttpStatus(problem.status, fetchedAt);
    case 'malformed':
      return fault('bad_response', fetchedAt);
    case 'network':
      return fault('network', fetchedAt);
    case 'timeout':
      return fault('timeout', fetchedAt);
  }
}
