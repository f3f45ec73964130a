import type { BrowserContext } from '@playwright/test';
import { openWithContentScriptWorld } from './content-script-world';
import { expect, test } from './fixtures';
import { authorizeUrl, panel } from './panel-helpers';

const TOKEN = 'saved-token-5f4e3d2c1b0a9d8c7b6a';

async function serviceWorker(context: BrowserContext) {
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  return worker;
}

/**
 * Every way the content script's `chrome.storage` could reach the token, each answered with
 * "allowed …" or "refused …". Runs inside the content script's own world.
 */
const ATTEMPTS = `(async () => {
  const attempt = async (run) => {
    try {
      const value = await run();
      return 'allowed ' + JSON.stringify(value ?? null);
    } catch (error) {
      return 'refused ' + String(error && error.message);
    }
  };
  const { local, session } = chrome.storage;
  return {
    readAll: await attempt(() => local.get(null)),
    readToken: await attempt(() => local.get('apiAccessToken')),
    readTeamToken: await attempt(() => local.get('teamMembership')),
    overwrite: await attempt(() => local.set({ apiAccessToken: 'token-of-the-attacker' })),
    remove: await attempt(() => local.remove('apiAccessToken')),
    clear: await attempt(() => local.clear()),
    readSession: await attempt(() => session.get(null)),
    writeSession: await attempt(() => session.set({ planted: true })),
    widen: await attempt(() => local.setAccessLevel({ accessLevel: 'TRUSTED_AND_UNTRUSTED_CONTEXTS' })),
  };
})()`;

test('a content script can neither read nor change the API or team token', async ({
  context,
  extensionId,
}) => {
  const worker = await serviceWorker(context);
  // Saved the way Options saves it, from a trusted extension context.
  await worker.evaluate(
    (token) =>
      (
        globalThis as unknown as {
          chrome: { storage: { local: { set(items: object): Promise<void> } } };
        }
      ).chrome.storage.local.set({
        apiAccessToken: token,
        teamMembership: { token: `team-${token}`, team: 'glowco' },
      }),
    TOKEN,
  );

  const { page, world } = await openWithContentScriptWorld(context, extensionId, authorizeUrl());
  // This is the content script's world: it has the extension's id and its runtime API.
  expect(await world.evaluate('chrome.runtime.id')).toBe(extensionId);
  // And the content script itself works without storage.
  await page
    .locator('#auth-code')
    .fill('#s63DdePaj9HjSv2BPcSrDfTxU2X506b2oiwchQ9PIspTLgroZKtjN7PPiFnF+qA=');
  await expect(panel(page).locator('li.sp-row')).toHaveCount(1);

  const outcome = await world.evaluate<Record<string, string>>(ATTEMPTS);
  for (const [name, result] of Object.entries(outcome)) {
    expect(`${name}: ${result}`).toMatch(new RegExp(`^${name}: refused `));
  }
  expect(JSON.stringify(outcome)).not.toContain(TOKEN);

  const after = await worker.evaluate(() =>
    (
      globalThis as unknown as {
        chrome: { storage: { local: { get(key: null): Promise<Record<string, unknown>> } } };
      }
    ).chrome.storage.local.get(null),
  );
  expect(after.apiAccessToken).toBe(TOKEN);
});
