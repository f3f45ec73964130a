import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { contrastRatio, OTHER_COLOUR, SERIES_COLOURS } from './chart-colours';

/** The page background of each theme, as the shared stylesheet sets it. */
function backgrounds(): { light: string; dark: string } {
  const css = readFileSync(path.resolve('components/common/theme.css'), 'utf8');
  const [light, dark] = [...css.matchAll(/--bg:\s*(#[0-9a-f]{6})/gi)].map((m) => m[1] ?? '');
  if (!light || !dark) throw new Error('theme.css no longer sets --bg for both themes');
  return { light, dark };
}

describe('timeline colours', () => {
  it('measures contrast the way WCAG does', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
    expect(contrastRatio('#ffffff', '#777777')).toBeCloseTo(4.48, 2);
  });

  const { light, dark } = backgrounds();
  it.each(
    [...SERIES_COLOURS, OTHER_COLOUR].flatMap((c) => [
      [c, 'light', light],
      [c, 'dark', dark],
    ]),
  )('%s reaches 3:1 on the %s background', (colour, _theme, background) => {
    expect(contrastRatio(colour as string, background as string)).toBeGreaterThanOrEqual(3);
  });
});
