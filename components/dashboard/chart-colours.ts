/**
 * The timeline's series colours: distinct for the common colour-vision deficiencies, and each at
 * least 3:1 against the page background in the light and the dark theme (WCAG 1.4.11, non-text
 * contrast), so one set serves both and a bar never fades into the page.
 */
export const SERIES_COLOURS = [
  '#1a73e8',
  '#e8710a',
  '#1e8e3e',
  '#a142f4',
  '#d01884',
  '#12a4af',
  '#b06000',
] as const;

/** Codes with no ad account, and accounts past the palette. */
export const OTHER_COLOUR = '#80868b';

/** Relative luminance of a `#rrggbb` colour, as WCAG defines it. */
function luminance(hex: string): number {
  const channel = (offset: number) => {
    const c = parseInt(hex.slice(offset, offset + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
}

/** WCAG contrast ratio between two `#rrggbb` colours, from 1 to 21. */
export function contrastRatio(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}
