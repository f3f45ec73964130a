import { SCHEMA_MESSAGE, WARNING, shorterThanUsualWarning } from './messages';
import { USUAL_MIN_BODY_LENGTH } from './patterns';
import { isSparkCode } from './schema';

/**
 * Why a code cannot be trusted to be whole, or undefined when it can: not a Spark code at all,
 * shorter than codes come, or an ellipsis after it where it was found. (Padding that does not fit
 * base64 stays a warning: TikTok does not document codes as strict base64.) A half-typed or cut-off code must never be saved or batched: TikTok would
 * refuse it and the buyer would only learn that after Search.
 */
export function incompleteness(code: string, warnings: readonly string[] = []): string | undefined {
  if (!isSparkCode(code)) return SCHEMA_MESSAGE.shape;
  const padded = code.slice(1);
  const core = padded.replace(/=+$/, '');
  if (core.length < USUAL_MIN_BODY_LENGTH) return shorterThanUsualWarning(core.length);
  return warnings.find((warning) => warning === WARNING.ellipsis);
}

export function isCompleteCode(code: string, warnings: readonly string[] = []): boolean {
  return incompleteness(code, warnings) === undefined;
}
