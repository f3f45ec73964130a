/**
 * Runs in a browser page: the extractor as the extension ships it (bundled, minified, in
 * Chromium's V8) against a bare regular expression over the same generated paste.
 */
import { extractSparkCodes } from '../../../lib/codes/extract';
import { messyPaste } from '../messy-paste';
import { EXTRACTION_BENCH_GLOBAL, type ExtractionBenchApi } from './api';

const BARE_CODE = /#[A-Za-z0-9+/]{24,}={0,2}/g;

let text = '';
let planted: string[] = [];
/** Counts from the first scan; every timed scan must agree, or the work changed under us. */
let expected = { codes: -1, matches: -1 };

function checked(kind: 'codes' | 'matches', count: number): void {
  if (expected[kind] < 0) expected[kind] = count;
  else if (expected[kind] !== count) throw new Error(`Repeated scans disagreed on ${kind}`);
}

const api: ExtractionBenchApi = {
  prepare(targetChars, codeCount, seed) {
    ({ text, planted } = messyPaste(targetChars, codeCount, seed));
    // A joined string stays a rope until first searched; flatten it so neither side pays.
    text.indexOf('\u0000');
    expected = { codes: -1, matches: -1 };
    return {
      characters: text.length,
      utf8Bytes: new TextEncoder().encode(text).length,
      planted: planted.length,
    };
  },

  check() {
    const found = new Set(extractSparkCodes(text).map((c) => c.code));
    return {
      plantedFound: planted.filter((code) => found.has(code)).length,
      foundTotal: found.size,
      bareRegexMatches: text.match(BARE_CODE)?.length ?? 0,
    };
  },

  timeExtraction() {
    const start = performance.now();
    const count = extractSparkCodes(text).length;
    const ms = performance.now() - start;
    checked('codes', count);
    return ms;
  },

  timeBareRegex() {
    const start = performance.now();
    const count = text.match(BARE_CODE)?.length ?? 0;
    const ms = performance.now() - start;
    checked('matches', count);
    return ms;
  },
};

Object.assign(globalThis, { [EXTRACTION_BENCH_GLOBAL]: api });
