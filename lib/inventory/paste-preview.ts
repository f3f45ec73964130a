import type { FoundCode, RejectedFragment } from '../codes/index';

export type { RejectedFragment };

/** Rows shown at once; the rest are counted. Keeps a multi-megabyte paste from freezing the popup. */
export const PREVIEW_LIMIT = 200;

export interface PreviewItem {
  code: string;
  raw: string;
  warnings: readonly string[];
  occurrences: number;
  /** Already in the inventory: saving fills in blank details, it never overwrites. */
  known: boolean;
}

export interface PastePreview {
  items: PreviewItem[];
  newCount: number;
  knownCount: number;
  rejected: RejectedFragment[];
  /** Codes that appeared more than once in the paste; each is saved once. */
  repeatedCount: number;
  scannedChars: number;
}

export function buildPastePreview(
  scan: { codes: readonly FoundCode[]; rejected: readonly RejectedFragment[] },
  knownCodes: ReadonlySet<string>,
  scannedChars: number,
): PastePreview {
  const items = scan.codes.map((found) => ({
    code: found.code,
    raw: found.raw,
    warnings: found.warnings,
    occurrences: found.occurrences,
    known: knownCodes.has(found.code),
  }));
  const knownCount = items.filter((item) => item.known).length;
  return {
    items,
    newCount: items.length - knownCount,
    knownCount,
    rejected: [...scan.rejected],
    repeatedCount: items.filter((item) => item.occurrences > 1).length,
    scannedChars,
  };
}

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;
}

export type PreviewTone = 'empty' | 'none-found' | 'found';

/** The one-line summary above the preview, in the buyer's words. */
export function summarizePreview(preview: PastePreview | null): {
  tone: PreviewTone;
  text: string;
} {
  if (!preview || (preview.scannedChars === 0 && preview.items.length === 0)) {
    return {
      tone: 'empty',
      text: 'Paste a DM thread, an email or a sheet column: the codes in it are found for you.',
    };
  }
  if (preview.items.length === 0) {
    const rejected = preview.rejected.length
      ? ` ${plural(preview.rejected.length, 'fragment')} looked like a code but could not be read; see below.`
      : '';
    return {
      tone: 'none-found',
      text: `No Spark codes found. A code starts with # followed by letters, digits, + or /, and often ends with =.${rejected}`,
    };
  }
  const parts = [`Found ${plural(preview.items.length, 'code')}`];
  const detail: string[] = [];
  if (preview.newCount) detail.push(`${preview.newCount.toLocaleString('en-US')} new`);
  if (preview.knownCount)
    detail.push(`${preview.knownCount.toLocaleString('en-US')} already saved`);
  if (detail.length) parts[0] += `: ${detail.join(', ')}`;
  if (preview.repeatedCount)
    parts.push(`${plural(preview.repeatedCount, 'code')} pasted more than once, saved once`);
  if (preview.rejected.length)
    parts.push(`${plural(preview.rejected.length, 'fragment')} rejected`);
  return { tone: 'found', text: `${parts.join('. ')}. ${unsavedNote(preview)}` };
}

/** What is and is not in the inventory yet: nothing from a paste is saved until Save. */
export function unsavedNote(preview: PastePreview): string {
  const total = preview.items.length;
  if (preview.newCount === 0) {
    return total === 1
      ? 'It is already saved: Save only fills in details it lacks.'
      : 'All of them are already saved: Save only fills in details they lack.';
  }
  if (preview.newCount === total) {
    return total === 1
      ? 'Not saved yet: Save adds it.'
      : `Not saved yet: Save adds all ${total.toLocaleString('en-US')}.`;
  }
  return `The new ones are not saved yet: Save adds ${preview.newCount.toLocaleString('en-US')}.`;
}

/**
 * The paste with one rejected fragment replaced by its suggested code, or null when the text
 * changed since the scan and the fragment is no longer where it was.
 */
export function acceptSuggestion(text: string, fragment: RejectedFragment): string | null {
  if (!fragment.suggestion || text.slice(fragment.start, fragment.end) !== fragment.raw)
    return null;
  return text.slice(0, fragment.start) + fragment.suggestion + text.slice(fragment.end);
}
