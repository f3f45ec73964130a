import type { BrowserContext, CDPSession, Page } from '@playwright/test';
import { expect } from './fixtures';

/** A JavaScript world in a page, reached over the DevTools protocol. */
export interface World {
  /** Runs `expression` (awaiting a promise) and returns its JSON value, or throws what it threw. */
  evaluate<T>(expression: string): Promise<T>;
}

interface ExecutionContext {
  id: number;
  origin: string;
  auxData?: { type?: string; isDefault?: boolean };
}

/**
 * Opens `url` and returns the content script's isolated world in its top frame: the same
 * JavaScript realm, with the same `chrome` API, that the extension's content script runs in.
 * Code evaluated here stands for a compromised renderer or a bug that lets the page run code
 * beside the content script.
 */
export async function openWithContentScriptWorld(
  context: BrowserContext,
  extensionId: string,
  url: string,
): Promise<{ page: Page; world: World }> {
  const page = await context.newPage();
  const cdp: CDPSession = await context.newCDPSession(page);
  const contexts: ExecutionContext[] = [];
  cdp.on('Runtime.executionContextCreated', (event: { context: ExecutionContext }) => {
    contexts.push(event.context);
  });
  cdp.on('Runtime.executionContextDestroyed', (event: { executionContextId: number }) => {
    const at = contexts.findIndex((c) => c.id === event.executionContextId);
    if (at >= 0) contexts.splice(at, 1);
  });
  await cdp.send('Runtime.enable');
  await page.goto(url);
  const isContentScript = (c: ExecutionContext) =>
    c.origin === `chrome-extension://${extensionId}` && c.auxData?.type === 'isolated';
  await expect.poll(() => contexts.some(isContentScript)).toBe(true);
  const contextId = contexts.find(isContentScript)!.id;
  return {
    page,
    world: {
      async evaluate<T>(expression: string) {
        const reply = (await cdp.send('Runtime.evaluate', {
          contextId,
          expression,
          awaitPromise: true,
          returnByValue: true,
        })) as {
          result: { value?: unknown };
          exceptionDetails?: { exception?: { description?: string } };
        };
        if (reply.exceptionDetails) {
          throw new Error(reply.exceptionDetails.exception?.description ?? 'evaluation failed');
        }
        return reply.result.value as T;
      },
    },
  };
}
