import { describe, expect, it } from 'vitest';
import {
  createDraftStore,
  MAX_DRAFT_BYTES,
  memoryArea,
  utf8Length,
  type AddDraft,
} from './add-draft';

const draftOf = (text: string): AddDraft => ({ text, form: {}, accountTouched: false, edits: {} });
/** Text just over the limit in characters, so the store judges it without serializing it. */
const over = (unit: string) => unit.repeat(Math.ceil((MAX_DRAFT_BYTES + 1) / unit.length));

describe('draft store: a paste too large to keep', () => {
  it.each([
    ['plain ASCII', 'a'],
    ['two-byte letters', 'é'],
    ['three-byte characters', '語'],
    ['emoji (surrogate pairs)', '😀'],
    ['a lone surrogate, written as U+FFFD', '\ud800a'],
  ])('reports the UTF-8 size of %s as the encoder counts it', async (_, unit) => {
    const area = memoryArea();
    const store = createDraftStore(area);
    const text = over(unit);
    expect(await store.save(draftOf(text))).toEqual({
      kind: 'too-large',
      bytes: new TextEncoder().encode(text).length,
    });
    expect(area.data.size).toBe(0);
  });

  it('keeps a draft under the limit', async () => {
    const area = memoryArea();
    const store = createDraftStore(area);
    expect(await store.save(draftOf('#code'))).toEqual({ kind: 'saved' });
    expect((await store.load())?.text).toBe('#code');
  });
});

describe('utf8Length counts as the encoder does', () => {
  it.each([
    ['empty', ''],
    ['ASCII', '#s63DdePaj9HjSv2BPcSrDfTxU2X506b2oiwchQ9PIspTLgroZKtjN7PPiFnF+qA='],
    ['two-byte at the edges', '\u0080\u07ff'],
    ['three-byte at the edges', '\u0800\uffff'],
    ['a pair', '😀'],
    ['a lone high surrogate at the end', 'a\ud800'],
    ['a lone low surrogate', '\udc00a'],
    ['two high surrogates, then a low one', '\ud800\ud800\udc00'],
    ['a reversed pair', '\udc00\ud800'],
  ])('%s', (_, text) => {
    expect(utf8Length(text)).toBe(new TextEncoder().encode(text).length);
  });
});
