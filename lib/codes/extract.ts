import { scanPaste } from './scan';
import type { FoundCode } from './types';

/** The Spark codes in a paste: one entry per distinct code, in order of first appearance. */
export function extractSparkCodes(text: string): FoundCode[] {
  return scanPaste(text).codes;
}
