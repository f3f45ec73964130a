/**
 * Chromium with the built extension, shared by the figures that need a browser. The build is
 * copied aside first: other work on the machine may rebuild .output mid-run, and a figure must
 * measure one build from start to finish.
 */
import type { BrowserContext, Page } from '@playwright/test';
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { EXTENSION_DIR, launchWithExtension } from '../e2e/fixtures';

export interface ExtensionBrowser {
  context: BrowserContext;
  extensionId: string;
  /** chrome-extension://<id>/<file> */
  url: (file: string) => string;
  close: () => Promise<void>;
}

/** A private copy of the production build; removed with {@link removeFrozenBuild}. */
export function freezeBuild(source: string = EXTENSION_DIR): string {
  if (!existsSync(path.join(source, 'manifest.json'))) {
    throw new Error(`No build in ${source}: run \`wxt build\` first (npm run bench does)`);
  }
  const copy = mkdtempSync(path.join(tmpdir(), 'spark-preflight-bench-build-'));
  cpSync(source, copy, { recursive: true });
  return copy;
}

export function removeFrozenBuild(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}

export async function launchExtension(buildDir: string): Promise<ExtensionBrowser> {
  const { context, extensionId, close } = await launchWithExtension(buildDir).catch(
    (error: unknown) => {
      // Chromium refuses a build with a manifest error silently: no service worker ever starts.
      throw new Error(
        `The extension did not start in Chromium; does the build load? (${String(error)})`,
      );
    },
  );
  return {
    context,
    extensionId,
    url: (file) => `chrome-extension://${extensionId}/${file}`,
    close,
  };
}

/** Launches on first use, so figures that need no browser never start one. */
export function lazyExtension(buildDir: string) {
  let launched: Promise<ExtensionBrowser> | undefined;
  return {
    get: () => {
      launched ??= launchExtension(buildDir).catch((error: unknown) => {
        // The next figure tries again rather than inheriting this failure.
        launched = undefined;
        throw error;
      });
      return launched;
    },
    close: async () => {
      const pending = launched;
      launched = undefined;
      const browser = await pending?.catch(() => undefined);
      await browser?.close();
    },
  };
}

export type LazyExtension = ReturnType<typeof lazyExtension>;

export async function newPage(browser: ExtensionBrowser, file: string): Promise<Page> {
  const page = await browser.context.newPage();
  await page.setViewportSize({ width: 800, height: 600 });
  await page.goto(browser.url(file));
  return page;
}
