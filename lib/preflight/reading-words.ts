import { REASON, WARNING, foreignCharactersReason } from '../codes/messages';
import type { Translate } from '../translate';

/**
 * What reading a paste found, in the buyer's language: notes about a code (what was cleaned out
 * of it) and the reasons a piece of text is not a code.
 *
 * Extraction notes are data: records keep them as lib/codes writes them, and the checks read
 * them. This words one in the buyer's language for display; a note it does not know stays as
 * written rather than disappearing.
 */
const WARNING_MESSAGE = new Map<string, string>([
  [WARNING.invisible, 'preflight_noteInvisible'],
  [WARNING.lineBreak, 'preflight_noteLineBreak'],
  [WARNING.noBreakSpace, 'preflight_noteNoBreakSpace'],
  [WARNING.url, 'preflight_noteUrl'],
  [WARNING.html, 'preflight_noteHtml'],
  [WARNING.json, 'preflight_noteJson'],
  [WARNING.quotedPrintable, 'preflight_noteQuotedPrintable'],
  [WARNING.missingHash, 'preflight_noteMissingHash'],
  [WARNING.ellipsis, 'preflight_noteEllipsis'],
  [WARNING.paddingMisfit, 'preflight_notePaddingMisfit'],
]);

/** `shorterThanUsualWarning`'s words, with the count it was written with. */
const SHORTER_THAN_USUAL = /^Looked truncated: only (\d+) characters after the #/;

export function warningWords(warning: string, t: Translate): string {
  const name = WARNING_MESSAGE.get(warning);
  if (name) return t(name);
  const shorter = SHORTER_THAN_USUAL.exec(warning);
  if (shorter) return t('preflight_noteShorterThanUsual', [shorter[1] ?? '']);
  return warning;
}

const REASON_MESSAGE = new Map<string, string>([
  [REASON.tooShort, 'preflight_rejectTooShort'],
  [REASON.tooLong, 'preflight_rejectTooLong'],
  [REASON.misplacedPadding, 'preflight_rejectMisplacedPadding'],
  [REASON.tooMuchPadding, 'preflight_rejectTooMuchPadding'],
  [REASON.noHash, 'preflight_rejectNoHash'],
  [REASON.splitAcrossLines, 'preflight_rejectSplitAcrossLines'],
]);

/** `foreignCharactersReason`'s words before the characters it lists. */
const FOREIGN_PREFIX = foreignCharactersReason([]);

/** Why a piece of text is not a code, worded like {@link warningWords}. */
export function rejectionWords(reason: string, t: Translate): string {
  const name = REASON_MESSAGE.get(reason);
  if (name) return t(name);
  if (reason.startsWith(FOREIGN_PREFIX)) {
    return t('preflight_rejectForeign', [reason.slice(FOREIGN_PREFIX.length)]);
  }
  return reason;
}
