/** Turns what was cleaned out of a code into notes for the buyer. */
import { WARNING, shorterThanUsualWarning } from './messages';
import { USUAL_MIN_BODY_LENGTH } from './patterns';
import { CLEANED, type CleaningNote } from './read';

export interface CodeFacts {
  /** Base64 characters in the code, padding not counted. */
  coreLength: number;
  padding: number;
  /** {@link CLEANED} flags. */
  cleaned: number;
  ellipsisAfter: boolean;
  missingHash: boolean;
}

const CLEANING_ORDER: readonly CleaningNote[] = [
  'invisible',
  'noBreakSpace',
  'lineBreak',
  'url',
  'html',
  'json',
  'quotedPrintable',
];

// Each cleaning's flag next to its warning, looked up once: every code found asks.
const CLEANING_WARNINGS = CLEANING_ORDER.map((note) => ({
  flag: CLEANED[note],
  warning: WARNING[note],
}));

export function warningsFor(facts: CodeFacts): string[] {
  const warnings: string[] = [];
  if (facts.missingHash) warnings.push(WARNING.missingHash);
  for (const { flag, warning } of CLEANING_WARNINGS) {
    if (facts.cleaned & flag) warnings.push(warning);
  }
  if (facts.ellipsisAfter) warnings.push(WARNING.ellipsis);
  if (facts.coreLength < USUAL_MIN_BODY_LENGTH) {
    warnings.push(shorterThanUsualWarning(facts.coreLength));
  }
  // Padded base64 always comes in blocks of four; a padded code that does not has lost
  // characters somewhere.
  if (facts.padding > 0 && (facts.coreLength + facts.padding) % 4 !== 0) {
    warnings.push(WARNING.paddingMisfit);
  }
  return warnings;
}
