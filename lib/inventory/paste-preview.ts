import type { FoundCode, RejectedFragment } from '../codes/index';
import type { Translate } from '../translate';

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

const count = (n: number) => n.toLocaleString();

export type PreviewTone = 'empty' | 'none-found' | 'found';

/** The one-line summary above the preview, in the buyer's words. */
export function summarizePreview(
  preview: PastePreview | null,
  t: Translate,
): {
  tone: PreviewTone;
  text: string;
} {
  if (!preview || (preview.scannedChars === 0 && preview.items.length === 0)) {
    return { tone: 'empty', text: t('pasteSummary_empty') };
  }
  if (preview.items.length === 0) {
    const rejected = preview.rejected.length;
    return {
      tone: 'none-found',
      text: rejected
        ? `${t('pasteSummary_noneFound')} ${t('pasteSummary_noneFoundRejected', rejected, [count(rejected)])}`
        : t('pasteSummary_noneFound'),
    };
  }
  const detail: string[] = [];
  if (preview.newCount) detail.push(t('pasteSummary_new', [count(preview.newCount)]));
  if (preview.knownCount) detail.push(t('pasteSummary_known', [count(preview.knownCount)]));
  const found = t('pasteSummary_found', preview.items.length, [count(preview.items.length)]);
  const parts = [detail.length ? t('pasteSummary_foundDetail', [found, detail.join(', ')]) : found];
  if (preview.repeatedCount) {
    parts.push(t('pasteSummary_repeated', preview.repeatedCount, [count(preview.repeatedCount)]));
  }
  if (preview.rejected.length) {
    parts.push(
      t('pasteSummary_rejected', preview.rejected.length, [count(preview.rejected.length)]),
    );
  }
  return { tone: 'found', text: `${parts.join('. ')}. ${unsavedNote(preview, t)}` };
}

/** What is and is not in the inventory yet: nothing from a paste is saved until Save. */
export function unsavedNote(preview: PastePreview, t: Translate): string {
  const total = preview.items.length;
  if (preview.newCount === 0) {
    return t(total === 1 ? 'unsaved_allKnownOne' : 'unsaved_allKnown');
  }
  if (preview.newCount === total) {
    return total === 1 ? t('unsaved_allNewOne') : t('unsaved_allNew', [count(total)]);
  }
  return t('unsaved_some', [count(preview.newCount)]);
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
