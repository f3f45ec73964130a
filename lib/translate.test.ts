import { describe, expect, it, vi } from 'vitest';
import { remembered, type Translate } from './translate';

function counting() {
  const calls = vi.fn((key: string, ...rest: unknown[]) => `${key}:${JSON.stringify(rest)}`);
  return { calls, t: calls as unknown as Translate };
}

describe('remembered', () => {
  it('words each message once and answers the same words again', () => {
    const { calls, t } = counting();
    const words = remembered(t);
    expect(words('a', ['x'])).toBe('a:[["x"]]');
    expect(words('a', ['x'])).toBe('a:[["x"]]');
    expect(calls).toHaveBeenCalledTimes(1);
  });

  type Args = [key: string, ...rest: unknown[]];
  it.each<[string, Args, Args]>([
    ['other substitutions', ['a', ['x']], ['a', ['y']]],
    ['another count', ['a', 1, [1]], ['a', 2, [1]]],
    ['another name', ['a'], ['b']],
    ['a count against none', ['a', 1], ['a']],
  ])('tells apart %s', (_, first, second) => {
    const { calls, t } = counting();
    const words = remembered(t) as unknown as (...args: Args) => string;
    const [one, two] = [words(...first), words(...second)];
    expect(one).not.toBe(two);
    expect(calls).toHaveBeenCalledTimes(2);
  });

  it('keeps a bounded number of messages', () => {
    const { calls, t } = counting();
    const words = remembered(t);
    for (let i = 0; i < 2001; i++) words('a', [i]);
    calls.mockClear();
    words('a', [0]);
    expect(calls).toHaveBeenCalledTimes(1);
    words('a', [2000]);
    expect(calls).toHaveBeenCalledTimes(1);
  });
});
