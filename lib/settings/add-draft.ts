import { z } from 'zod';
import type { StorageAreaLike } from './store';

/**
 * The Add box as the buyer left it: the pasted text, the shared details and the per-code edits.
 *
 * Kept in `storage.local`, not `storage.session` or `localStorage`: the toolbar popup closes the
 * moment the buyer clicks back into a DM, and a draft must outlive that, a browser restart and an
 * extension update (session storage is wiped by the last two). `localStorage` would write a
 * 2 MB paste synchronously on the popup's only thread. Extension storage is already closed to
 * content scripts (see trusted-storage.ts), so a page on ads.tiktok.com cannot read a draft.
 */
export const addDraftSchema = z.object({
  text: z.string(),
  form: z.record(z.string(), z.string()),
  accountTouched: z.boolean(),
  edits: z.record(
    z.string(),
    z.object({
      creatorHandle: z.string().optional(),
      expectedPost: z.string().optional(),
      term: z.string().optional(),
    }),
  ),
});
export type AddDraft = z.infer<typeof addDraftSchema>;

const DRAFT_KEY = 'addDraft';

/** A draft larger than this is not kept: the box still holds it until the popup closes. */
export const MAX_DRAFT_BYTES = 2 * 1024 * 1024;

export type DraftSaveResult = { kind: 'saved' } | { kind: 'too-large'; bytes: number };

export function isEmptyDraft(draft: AddDraft): boolean {
  return (
    draft.text.trim() === '' &&
    Object.values(draft.form).every((value) => value.trim() === '') &&
    Object.keys(draft.edits).length === 0
  );
}

/**
 * The text's size in UTF-8, as `TextEncoder` would count it (a lone surrogate becomes U+FFFD, 3
 * bytes), without encoding it: for a 5 MB paste, the encoded copy and its collection cost the
 * popup's thread more than the count.
 */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit < 0x80) bytes += 1;
    else if (unit < 0x800) bytes += 2;
    else if (unit >= 0xd800 && unit <= 0xdbff && isLowSurrogate(text.charCodeAt(i + 1))) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

const isLowSurrogate = (unit: number) => unit >= 0xdc00 && unit <= 0xdfff;

export function createDraftStore(area: StorageAreaLike) {
  return {
    /** The last draft, or null when there is none or it cannot be read. */
    async load(): Promise<AddDraft | null> {
      const parsed = addDraftSchema.safeParse((await area.get(DRAFT_KEY))[DRAFT_KEY]);
      return parsed.success && !isEmptyDraft(parsed.data) ? parsed.data : null;
    },
    /**
     * Keeps the draft, or removes the stored one when this one is empty or too large (an older,
     * shorter draft coming back later would be a different paste than the one in the box).
     */
    async save(draft: AddDraft): Promise<DraftSaveResult> {
      if (isEmptyDraft(draft)) {
        await area.remove(DRAFT_KEY);
        return { kind: 'saved' };
      }
      // A paste of several megabytes is refused on its text alone: serializing it first would
      // hold the popup's thread for as long as the paste took to read.
      const bytes = utf8Length(
        draft.text.length > MAX_DRAFT_BYTES ? draft.text : JSON.stringify(draft),
      );
      if (bytes > MAX_DRAFT_BYTES) {
        await area.remove(DRAFT_KEY);
        return { kind: 'too-large', bytes };
      }
      await area.set({ [DRAFT_KEY]: draft });
      return { kind: 'saved' };
    },
    async clear(): Promise<void> {
      await area.remove(DRAFT_KEY);
    },
  };
}
export type DraftStore = ReturnType<typeof createDraftStore>;

/** An in-memory area with the same contract, for tests and pages without extension storage. */
export function memoryArea(): StorageAreaLike & { data: Map<string, unknown> } {
  const data = new Map<string, unknown>();
  return {
    data,
    get: async (key) => (data.has(key) ? { [key]: structuredClone(data.get(key)) } : {}),
    set: async (items) => {
      for (const [key, value] of Object.entries(items)) data.set(key, structuredClone(value));
    },
    remove: async (key) => {
      data.delete(key);
    },
  };
}
