import { describe, it } from 'vitest';
import { originalPostCheck } from './original-post';
import {
  type CheckCase,
  expectCheck,
  facts,
  failure,
  FAULT_REASONS,
  makeRecord,
} from './test-fixtures';

const ORIGINAL = '7300000000000000001';
const ASK = /original post's code and authorize both together/;

describe('originalPostCheck', () => {
  const cases: CheckCase[] = [
    {
      name: 'a standalone post',
      input: { live: facts({ itemId: '7301234567890123456' }) },
      status: 'pass',
      message: 'Does not stitch, duet or mention another video',
      fix: '',
    },
    {
      name: 'empty links count as none',
      input: { live: facts({ stitchOriginalItemId: '', mentionedItemIds: [] }) },
      status: 'pass',
      message: 'Does not stitch, duet or mention another video',
      fix: '',
    },
    {
      name: 'blank links count as none',
      input: {
        live: facts({
          stitchOriginalItemId: ' ',
          duetOriginalItemId: '  ',
          mentionedItemIds: [' ', ''],
        }),
      },
      status: 'pass',
      message: 'Does not stitch, duet or mention another video',
      fix: '',
    },
    {
      name: 'one real mention among blanks',
      input: { live: facts({ mentionedItemIds: [' ', ORIGINAL] }) },
      status: 'warn',
      message: "This post mentions another video; TikTok will ask for the original post's code too",
      fix: ASK,
    },
    {
      name: 'facts stored from an earlier lookup',
      input: { record: makeRecord({ live: facts({ duetOriginalItemId: ORIGINAL }) }) },
      status: 'warn',
      message: "This post duets another video; TikTok will ask for the original post's code too",
      fix: ASK,
    },
    {
      name: 'a stitch',
      input: { live: facts({ stitchOriginalItemId: ORIGINAL }) },
      status: 'warn',
      message: "This post stitches another video; TikTok will ask for the original post's code too",
      fix: ASK,
    },
    {
      name: 'a duet',
      input: { live: facts({ duetOriginalItemId: ORIGINAL }) },
      status: 'warn',
      message: "This post duets another video; TikTok will ask for the original post's code too",
      fix: ASK,
    },
    {
      name: 'mentions',
      input: { live: facts({ mentionedItemIds: [ORIGINAL, '7300000000000000002'] }) },
      status: 'warn',
      message: "This post mentions another video; TikTok will ask for the original post's code too",
      fix: ASK,
    },
    {
      name: 'all three',
      input: {
        live: facts({
          stitchOriginalItemId: ORIGINAL,
          duetOriginalItemId: ORIGINAL,
          mentionedItemIds: [ORIGINAL],
        }),
      },
      status: 'warn',
      message:
        "This post stitches, duets and mentions another video; TikTok will ask for the original post's code too",
      fix: ASK,
    },
    {
      name: 'TikTok asks for the original code (930002)',
      input: { live: failure('original_post_needed', true, { apiCode: 930002 }) },
      status: 'fail',
      message:
        "TikTok needs the original post's code too: this post stitches, duets or mentions another video",
      fix: ASK,
    },
    {
      name: 'TikTok refused the code for another reason',
      input: { live: failure('post_unavailable', true) },
      status: 'unknown',
      message: 'Could not see the post: TikTok said post_unavailable',
      fix: '',
    },
    {
      name: 'no live lookup',
      input: { record: makeRecord() },
      status: 'unknown',
      message: 'Not verified live',
      fix: /API token.*original post's code too/,
    },
    ...FAULT_REASONS.map((reason) => ({
      name: `a ${reason} fault`,
      input: { live: failure(reason, false) },
      status: 'unknown' as const,
      message: `Not verified live: TikTok said ${reason}`,
      fix: new RegExp(`^Fix for ${reason}\\. `),
    })),
  ];

  it.each(cases)('$name → $status', (row) => expectCheck(originalPostCheck, 'original-post', row));
});
