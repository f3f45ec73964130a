import { describe, expect, it } from 'vitest';
import { parsePostRef, wrongPostCheck, type PostRef } from './wrong-post';
import {
  type CheckCase,
  expectCheck,
  facts,
  failure,
  FAULT_REASONS,
  makeRecord,
} from './test-fixtures';
import type { PreflightInput } from './types';

const ID = '7301234567890123456';
const OTHER = '7309999999999999999';

describe('parsePostRef', () => {
  it.each<[string, PostRef]>([
    [`https://www.tiktok.com/@name/video/${ID}`, { kind: 'id', id: ID }],
    [`https://www.tiktok.com/@name/video/${ID}/`, { kind: 'id', id: ID }],
    [
      `https://www.tiktok.com/@name/video/${ID}?is_from_webapp=1&sender_device=pc`,
      { kind: 'id', id: ID },
    ],
    [`https://www.tiktok.com/@name/video/${ID}#comments`, { kind: 'id', id: ID }],
    [`https://www.tiktok.com/@some.name_1/photo/${ID}`, { kind: 'id', id: ID }],
    [`https://m.tiktok.com/@name/video/${ID}`, { kind: 'id', id: ID }],
    [`https://m.tiktok.com/v/${ID}.html`, { kind: 'id', id: ID }],
    [`https://www.tiktok.com/embed/v2/${ID}`, { kind: 'id', id: ID }],
    [`http://tiktok.com/@name/video/${ID}`, { kind: 'id', id: ID }],
    [`www.tiktok.com/@name/video/${ID}`, { kind: 'id', id: ID }],
    [`HTTPS://WWW.TIKTOK.COM/@Name/video/${ID}`, { kind: 'id', id: ID }],
    [`  ${ID}  `, { kind: 'id', id: ID }],
    ['123456789012345', { kind: 'id', id: '123456789012345' }],
    ['1234567890123456789012', { kind: 'id', id: '1234567890123456789012' }],
    ['https://vm.tiktok.com/ZMabc123/', { kind: 'short' }],
    ['https://vt.tiktok.com/ZSxyz789', { kind: 'short' }],
    ['https://www.tiktok.com/t/ZTRabc123/', { kind: 'short' }],
    ['vm.tiktok.com/ZMabc123', { kind: 'short' }],
    ['https://www.tiktok.com/t/ZTRabc123', { kind: 'short' }],
    ['https://tiktok.com/t/ZTRabc123', { kind: 'short' }],
    ['https://www.tiktok.com/t/', { kind: 'invalid' }],
    ['https://www.tiktok.com/t/ZTRabc123/more', { kind: 'invalid' }],
    [`https://www.tiktok.com/foo/t/ZTRabc123`, { kind: 'invalid' }],
    [`https://www.tiktok.com/@name/video/${ID}/comments`, { kind: 'invalid' }],
    [`https://www.tiktok.com/x/@name/video/${ID}`, { kind: 'invalid' }],
    [`https://www.tiktok.com/@/video/${ID}`, { kind: 'invalid' }],
    [`https://www.tiktok.com/@name/clip/${ID}`, { kind: 'invalid' }],
    [`https://www.tiktok.com/v/${ID}/`, { kind: 'id', id: ID }],
    [`https://www.tiktok.com/v/${ID}.htm`, { kind: 'invalid' }],
    [`https://www.tiktok.com/embed/${ID}/`, { kind: 'id', id: ID }],
    [`https://www.tiktok.com/embed/v3/${ID}`, { kind: 'invalid' }],
    [`https://www.tiktok.com/x/v/${ID}`, { kind: 'invalid' }],
    [`https://www.tiktok.com/x/embed/${ID}`, { kind: 'invalid' }],
    [`https://www.tiktok.com/@name/video/${ID}0000000`, { kind: 'invalid' }],
    [`https://www.tiktok.com/@name/video/12345678901234`, { kind: 'invalid' }],
    [`https://nottiktok.com/@name/video/${ID}`, { kind: 'invalid' }],
    [`https://vm.tiktok.com.evil.example/ZMabc123`, { kind: 'invalid' }],
    ['https://[not a host', { kind: 'invalid' }],
    [`x${ID}`, { kind: 'invalid' }],
    [`www.tiktok.com/@name/video/${ID}?next=https://example.com`, { kind: 'id', id: ID }],
    [`${ID}x`, { kind: 'invalid' }],
    ['12345678901234', { kind: 'invalid' }],
    ['12345678901234567890123', { kind: 'invalid' }],
    [`https://www.tiktok.com/@name`, { kind: 'invalid' }],
    [`https://www.tiktok.com/@name/video/abc`, { kind: 'invalid' }],
    [`https://www.tiktok.com.evil.example/@name/video/${ID}`, { kind: 'invalid' }],
    [`https://www.instagram.com/p/${ID}`, { kind: 'invalid' }],
    ['the one with the dog', { kind: 'invalid' }],
    ['', { kind: 'invalid' }],
  ])('%s', (text, expected) => {
    expect(parsePostRef(text)).toEqual(expected);
  });
});

describe('wrongPostCheck', () => {
  const expecting = (expectedPost: string, extra: Partial<PreflightInput> = {}) => ({
    record: makeRecord({ expectedPost }),
    ...extra,
  });
  const cases: CheckCase[] = [
    {
      name: 'same post as expected (URL)',
      input: expecting(`https://www.tiktok.com/@name/video/${ID}`, { live: facts({ itemId: ID }) }),
      status: 'pass',
      message: 'Points to the post you expected',
      fix: '',
    },
    {
      name: 'same post as expected (bare id)',
      input: expecting(ID, { live: facts({ itemId: ID }) }),
      status: 'pass',
      message: 'Points to the post you expected',
      fix: '',
    },
    {
      name: 'post id stored from an earlier lookup',
      input: { record: makeRecord({ expectedPost: ID, live: facts({ itemId: ID }) }) },
      status: 'pass',
      message: 'Points to the post you expected',
      fix: '',
    },
    {
      name: 'a different post',
      input: expecting(ID, { live: facts({ itemId: OTHER }) }),
      status: 'fail',
      message: 'This code points to a different post (…999999) than the one you expected (…123456)',
      fix: /code of the right post/,
    },
    {
      name: 'a short post id from TikTok is shown whole',
      input: expecting(ID, { live: facts({ itemId: '654321' }) }),
      status: 'fail',
      message: 'This code points to a different post (654321) than the one you expected (…123456)',
      fix: /code of the right post/,
    },
    {
      name: "TikTok's post id with spaces around it",
      input: expecting(ID, { live: facts({ itemId: ` ${ID} ` }) }),
      status: 'pass',
      message: 'Points to the post you expected',
      fix: '',
    },
    {
      name: 'a blank expected post counts as none',
      input: { record: makeRecord({ expectedPost: '   ' }) },
      status: 'unknown',
      message: 'No expected post recorded',
      fix: /Record the URL of the post/,
    },
    {
      name: 'a different post whose ids end alike shows both in full',
      input: expecting('7301234567890123456', { live: facts({ itemId: '7309999999990123456' }) }),
      status: 'fail',
      message:
        'This code points to a different post (7309999999990123456) than the one you expected (7301234567890123456)',
      fix: /right post/,
    },
    {
      name: 'no expected post recorded',
      input: { record: makeRecord(), live: facts({ itemId: ID }) },
      status: 'unknown',
      message: 'No expected post recorded',
      fix: /Record the URL of the post/,
    },
    {
      name: 'not in the inventory',
      input: { live: facts({ itemId: ID }) },
      status: 'unknown',
      message: 'No expected post recorded',
      fix: /Record the URL/,
    },
    {
      name: 'expected post is a short link',
      input: expecting('https://vm.tiktok.com/ZMabc123/', { live: facts({ itemId: ID }) }),
      status: 'unknown',
      message: /short link/,
      fix: /Open the short link and record the full post URL/,
    },
    {
      name: 'expected post is not a TikTok link',
      input: expecting('the dog video', { live: facts({ itemId: ID }) }),
      status: 'unknown',
      message: /not a TikTok post link/,
      fix: /Record the full post URL/,
    },
    {
      name: 'no live facts: passes on the post recorded, saying it was not compared live',
      input: expecting(ID),
      status: 'pass',
      message: 'Meant for post …123456 (from your records); not compared live',
      fix: '',
    },
    {
      name: 'older facts without a post id, TikTok not asked now: passes on the record',
      input: expecting(ID, {
        record: makeRecord({
          expectedPost: ID,
          live: { kind: 'facts', facts: { fetchedAt: 0, authStatus: 'AUTHORIZED' } },
        }),
      }),
      status: 'pass',
      message: 'Meant for post …123456 (from your records); not compared live',
      fix: '',
    },
    {
      name: 'live facts without a post id',
      input: expecting(ID, { live: facts({ authStatus: 'AUTHORIZED' }) }),
      status: 'unknown',
      message: 'Not verified live',
      fix: /^Before confirming, compare the preview in Ads Manager with the post you expected$/,
    },
    {
      name: 'TikTok refused the code, so the post is not visible',
      input: expecting(ID, { live: failure('revoked', true) }),
      status: 'unknown',
      message: 'Could not see which post it points to: TikTok said revoked',
      fix: '',
    },
    ...FAULT_REASONS.map((reason) => ({
      name: `a ${reason} fault`,
      input: expecting(ID, { live: failure(reason, false) }),
      status: 'unknown' as const,
      message: `Not verified live: TikTok said ${reason}`,
      fix: new RegExp(`^Fix for ${reason}\\. `),
    })),
  ];

  it.each(cases)('$name → $status', (row) => expectCheck(wrongPostCheck, 'wrong-post', row));
});
