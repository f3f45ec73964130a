import { describe, expect, it } from 'vitest';
import { handleText, postHref, postText, shortCode } from './display';

describe('display helpers', () => {
  it.each([
    ['#s63DdePaj9HjSv2BPcSrDfTxU2X506b2oiwchQ9PIspTLgroZKtjN7PPiFnF+qA=', '#s63DdePaj…FnF+qA='],
    ['#short=', '#short='],
  ])('shortCode(%s)', (code, expected) => {
    expect(shortCode(code)).toBe(expected);
  });

  it.each([
    [undefined, undefined],
    ['maya', '@maya'],
    ['@@maya', '@maya'],
  ])('handleText(%s)', (handle, expected) => {
    expect(handleText(handle)).toBe(expected);
  });

  it.each([
    [
      'https://www.tiktok.com/@maya/video/7301234567890123456?lang=en',
      '@maya · 7301234567890123456',
    ],
    ['https://www.tiktok.com/@maya/photo/7301', '@maya · 7301'],
    ['https://vm.tiktok.com/ZMabc/', 'vm.tiktok.com/ZMabc/'],
    ['7301234567890123456', '7301234567890123456'],
  ])('postText(%s)', (post, expected) => {
    expect(postText(post)).toBe(expected);
  });

  it.each([
    ['https://www.tiktok.com/@maya/video/1', 'https://www.tiktok.com/@maya/video/1'],
    ['javascript:alert(1)', undefined],
    ['7301234567890123456', undefined],
  ])('postHref(%s)', (post, expected) => {
    expect(postHref(post)).toBe(expected);
  });
});
