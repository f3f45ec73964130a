/**
 * Figure 5: what the buyer's browser loads, gzipped. The content script is injected into every
 * Ads Manager page, so what it carries at injection has a budget (25 KB: enough to listen for a
 * paste, with the panel loaded when it is first shown); the popup's size is reported alongside.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { meetsGoal, type FigureOptions, type FigureResult } from '../figure';
import { summarize } from '../stats';

/** Bytes per KB, as Vite and WXT print sizes. */
const KB = 1000;
const CONTENT_SCRIPT_BUDGET_KB = 25;
const GOAL = { comparison: '<=', ratio: 1, text: '≤ 25 KB' } as const;

interface FileSize {
  file: string;
  bytes: number;
  gzipBytes: number;
}

function sizeOf(buildDir: string, file: string): FileSize {
  const content = readFileSync(path.join(buildDir, file));
  return { file, bytes: content.length, gzipBytes: gzipSync(content).length };
}

const total = (sizes: readonly FileSize[], key: 'bytes' | 'gzipBytes') =>
  sizes.reduce((sum, size) => sum + size[key], 0);

function contentScriptFiles(buildDir: string): string[] {
  const dir = path.join(buildDir, 'content-scripts');
  return readdirSync(dir)
    .filter((name) => name.endsWith('.js') || name.endsWith('.css'))
    .map((name) => `content-scripts/${name}`);
}

/** Attribute values of `<tag ... attribute="...">` where the tag also matches `filter`. */
function htmlReferences(html: string, tag: string, attribute: string, filter: RegExp): string[] {
  const found: string[] = [];
  for (const [element] of html.matchAll(new RegExp(`<${tag}\\b[^>]*>`, 'g'))) {
    if (!filter.test(element)) continue;
    const value = new RegExp(`${attribute}="([^"]+)"`).exec(element)?.[1];
    if (value) found.push(value.replace(/^\//, ''));
  }
  return found;
}

// Static imports in Vite's minified output: `import"./a.js"` and `from"./a.js"`; `import(` is
// dynamic and loads only when the code asks for it.
const STATIC_IMPORT = /(?:\bfrom|\bimport)\s*["']([^"']+\.js)["']/g;

/** Every JS file popup.html loads before its code runs, following static imports. */
function popupScripts(buildDir: string): { js: string[]; css: string[] } {
  const html = readFileSync(path.join(buildDir, 'popup.html'), 'utf8');
  const queue = [
    ...htmlReferences(html, 'script', 'src', /type="module"|src=/),
    ...htmlReferences(html, 'link', 'href', /rel="modulepreload"/),
  ];
  const css = htmlReferences(html, 'link', 'href', /rel="stylesheet"/);
  const seen = new Set<string>();
  while (queue.length > 0) {
    const file = queue.shift() as string;
    if (seen.has(file) || !existsSync(path.join(buildDir, file))) continue;
    seen.add(file);
    const source = readFileSync(path.join(buildDir, file), 'utf8');
    for (const [, specifier] of source.matchAll(STATIC_IMPORT)) {
      if (!specifier) continue;
      const resolved = specifier.startsWith('.')
        ? path.posix.join(path.posix.dirname(file), specifier)
        : specifier.replace(/^\//, '');
      queue.push(resolved);
    }
  }
  return { js: [...seen], css };
}

const kb = (bytes: number) => `${(bytes / KB).toFixed(1)} KB`;

export async function bundleSizeFigure({ buildDir }: FigureOptions): Promise<FigureResult[]> {
  const content = contentScriptFiles(buildDir).map((file) => sizeOf(buildDir, file));
  const popup = popupScripts(buildDir);
  const popupJs = popup.js.map((file) => sizeOf(buildDir, file));
  const popupCss = popup.css.map((file) => sizeOf(buildDir, file));
  const contentKb = total(content, 'gzipBytes') / KB;
  const ratio = summarize([contentKb / CONTENT_SCRIPT_BUDGET_KB]);
  const popupKb = total(popupJs, 'gzipBytes') / KB;
  const contentScript: FigureResult = {
    id: '5',
    title: 'Content script at injection, gzip (JS + CSS)',
    unit: 'KB',
    measured: summarize([contentKb]),
    baseline: CONTENT_SCRIPT_BUDGET_KB,
    baselineLabel: 'budget',
    ratio,
    goal: GOAL,
    pass: meetsGoal(ratio.median, GOAL),
    details: { files: content },
    notes: [
      content
        .map((f) => `${path.basename(f.file)} ${kb(f.gzipBytes)} gzip, ${kb(f.bytes)} raw`)
        .join('; '),
    ],
  };
  const popupFigure: FigureResult = {
    id: '5b',
    title: 'Popup JS loaded by popup.html, gzip',
    unit: 'KB',
    measured: summarize([popupKb]),
    baseline: CONTENT_SCRIPT_BUDGET_KB,
    baselineLabel: 'content-script budget, for scale',
    ratio: summarize([popupKb / CONTENT_SCRIPT_BUDGET_KB]),
    details: { js: popupJs, css: popupCss },
    notes: [
      `${popupJs.length} JS files, ${kb(total(popupJs, 'bytes'))} raw;` +
        ` CSS ${kb(total(popupCss, 'gzipBytes'))} gzip`,
    ],
  };
  return [contentScript, popupFigure];
}
