import { describe, expect, it } from 'vitest';
import { accountLabel, accountOptions } from './accounts';

const accounts = [{ id: '7000000000000000001', name: 'Brand US' }, { id: '7000000000000000009' }];

describe('accounts', () => {
  it.each([
    [undefined, undefined],
    ['7000000000000000001', 'Brand US (…0001)'],
    ['7000000000000000009', '7000000000000000009'],
    ['123', '123'],
  ])('accountLabel(%s)', (id, expected) => {
    expect(accountLabel(id, accounts)).toBe(expected);
  });

  it('lists Options accounts first, then others seen on codes, once each', () => {
    expect(
      accountOptions(['555', undefined, '7000000000000000001', '444', '555'], accounts),
    ).toEqual([
      { id: '7000000000000000001', label: 'Brand US (…0001)' },
      { id: '7000000000000000009', label: '7000000000000000009' },
      { id: '444', label: '444' },
      { id: '555', label: '555' },
    ]);
  });
});
