import { describe, expect, it } from 'vitest';
import { facts, makeRecord } from '../preflight/test-fixtures';
import { postIdOf } from './post-id';
import type { CodeRecord } from './schema';

describe('postIdOf', () => {
  it.each<[string, Partial<CodeRecord>, string | undefined]>([
    ["TikTok's post id first", { live: facts({ itemId: '111' }), expectedPost: '222' }, '111'],
    [
      'the recorded post URL',
      { expectedPost: 'https://www.tiktok.com/@mia/video/7300000000000000001' },
      '7300000000000000001',
    ],
    ['a short link says nothing', { expectedPost: 'https://vm.tiktok.com/ZMabc123/' }, undefined],
    ['nothing recorded', {}, undefined],
  ])('%s', (_name, overrides, expected) => {
    expect(postIdOf(makeRecord(overrides))).toBe(expected);
  });
});
