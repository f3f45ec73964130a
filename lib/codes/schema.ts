import { z } from 'zod';
import { SCHEMA_MESSAGE } from './messages';
import { MAX_BODY_LENGTH, MAX_PADDING, MIN_BODY_LENGTH } from './patterns';
import { looksLikeCode } from './randomness';

const CODE_SHAPE = new RegExp(
  `^#[A-Za-z0-9+/]{${MIN_BODY_LENGTH},${MAX_BODY_LENGTH}}={0,${MAX_PADDING}}$`,
);

// Only strings of the code's shape get here: rhythm ignores the `#`, and padding counts alike
// once it is more than none.
function readsLikeCode(code: string): boolean {
  // Stryker disable next-line MethodExpression: as above
  const padded = code.slice(1);
  // Stryker disable next-line Regex: as above
  const core = padded.replace(/=+$/, '');
  return looksLikeCode(core, padded.length - core.length);
}

/** A normalised Spark code: `#`, base64 characters, up to two `=`, and not a hashtag. */
export const sparkCodeSchema = z
  .string()
  .regex(CODE_SHAPE, SCHEMA_MESSAGE.shape)
  .refine(readsLikeCode, SCHEMA_MESSAGE.words);

export type SparkCode = z.infer<typeof sparkCodeSchema>;

export function isSparkCode(value: unknown): value is SparkCode {
  return sparkCodeSchema.safeParse(value).success;
}
