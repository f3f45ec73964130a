import { describe, expect, it } from 'vitest';
import { createRateWindow } from './rate-window';

describe('createRateWindow', () => {
  it('grants up to the limit per key within the window, then again once it slides', () => {
    let now = 0;
    const window = createRateWindow({ limit: 5, windowMs: 60_000, now: () => now });
    expect(window.take('tab 1', 3)).toBe(3);
    expect(window.take('tab 1', 3)).toBe(2);
    expect(window.take('tab 1')).toBe(0);
    expect(window.take('tab 2', 5)).toBe(5);
    expect(window.waitFor('tab 1')).toBe(60_000);
    now = 59_999;
    expect(window.take('tab 1')).toBe(0);
    now = 60_001;
    expect(window.waitFor('tab 1')).toBe(0);
    expect(window.take('tab 1', 10)).toBe(5);
  });
});
