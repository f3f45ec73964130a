export { extractSparkCodes } from './extract';
export { normalizeSparkCode } from './normalize';
export { MAX_BODY_LENGTH, MIN_BODY_LENGTH, USUAL_MIN_BODY_LENGTH } from './patterns';
export { scanPaste } from './scan';
export { incompleteness, isCompleteCode } from './completeness';
export { isSparkCode, sparkCodeSchema, type SparkCode } from './schema';
export type { FoundCode, PasteScan, RejectedFragment } from './types';
