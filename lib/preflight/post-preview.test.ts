import { describe, expect, it } from 'vitest';
import { COVER_URL_LIFETIME_MS, postPreview } from './post-preview';

const NOW = Date.UTC(2026, 10, 26, 12);
const COVER = 'https://p16-sign.tiktokcdn-us.com/obj/cover.jpeg?x-expires=1';

describe('postPreview', () => {
  it.each([
    ['no facts', undefined, undefined],
    [
      'facts that name nothing about the post',
      { fetchedAt: NOW, authStatus: 'AUTHORIZED' },
      undefined,
    ],
    [
      'a fresh answer: everything',
      {
        fetchedAt: NOW - 60_000,
        itemId: '7300000000000000001',
        caption: ' Summer drop ',
        creatorName: 'Mia',
        coverUrl: COVER,
      },
      {
        itemId: '7300000000000000001',
        caption: 'Summer drop',
        creatorName: 'Mia',
        coverUrl: COVER,
      },
    ],
    [
      'the cover just before its signature runs out',
      { fetchedAt: NOW - COVER_URL_LIFETIME_MS + 1, itemId: '1', coverUrl: COVER },
      { itemId: '1', coverUrl: COVER },
    ],
    [
      'an old answer: no cover, the rest still shown',
      { fetchedAt: NOW - COVER_URL_LIFETIME_MS, itemId: '1', coverUrl: COVER },
      { itemId: '1' },
    ],
    ['a blank caption is no caption', { fetchedAt: NOW, caption: '   ' }, undefined],
  ])('%s', (_name, facts, expected) => {
    const preview = postPreview(facts, NOW);
    expect(preview && JSON.parse(JSON.stringify(preview))).toEqual(expected);
  });

  it('cuts a long caption to 300 characters with an ellipsis', () => {
    const preview = postPreview({ fetchedAt: NOW, caption: 'x'.repeat(1000) }, NOW);
    expect(preview?.caption).toHaveLength(300);
    expect(preview?.caption?.endsWith('…')).toBe(true);
  });
});
