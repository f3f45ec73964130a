/**
 * Renders tests/store/icon.svg into the PNG sizes browsers and stores ask for
 * (public/icon/16.png … 128.png, which WXT puts in the manifest). Run after changing the SVG:
 * `npx tsx tests/store/render-icons.ts`.
 */
import { chromium } from '@playwright/test';
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

const SIZES = [16, 32, 48, 128];
const svg = readFileSync(path.resolve('tests/store/icon.svg'), 'utf8');
const out = path.resolve('public/icon');
mkdirSync(out, { recursive: true });

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
});
try {
  for (const size of SIZES) {
    const page = await browser.newPage({ viewport: { width: size, height: size } });
    await page.setContent(
      `<style>html,body{margin:0;background:transparent}</style>` +
        svg.replace('<svg ', `<svg width="${size}" height="${size}" `),
    );
    await page.screenshot({ path: path.join(out, `${size}.png`), omitBackground: true });
    await page.close();
  }
} finally {
  await browser.close();
}
