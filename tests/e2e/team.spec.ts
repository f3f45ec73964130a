/**
 * Two buyers (and a viewer) in their own Chromium profiles with the built extension, one team
 * server run as an operator runs it. Everything goes through the screens a buyer uses.
 */
import type { BrowserContext, Page } from '@playwright/test';
import { expect, launchWithExtension, test } from './fixtures';
import { sparkCodes } from './popup-codes';
import { addCodes, messyThread, openPopup } from './popup-helpers';
import { teamServerProcess, type TeamServerProcess } from './team-server-process';

const TEAM = 'glowco';
const ACCOUNT = '7000000000000000111';

interface Buyer {
  context: BrowserContext;
  extensionId: string;
  close: () => Promise<void>;
  options: Page;
}

async function joinTeam(server: TeamServerProcess, role: 'buyer' | 'viewer', name: string) {
  const launched = await launchWithExtension();
  const options = await launched.context.newPage();
  await options.goto(`chrome-extension://${launched.extensionId}/options.html`);
  const team = options.getByTestId('team-section');
  await team.getByLabel('Team server address').fill(server.url);
  await team.getByLabel('Invite').fill(await server.invite(TEAM, role));
  await team.getByLabel('Your name, as teammates see it').fill(name);
  await team.getByRole('button', { name: 'Join team' }).click();
  await expect(team.getByTestId('team-state')).toContainText('In sync', { timeout: 15_000 });
  return { ...launched, options } satisfies Buyer;
}

/** The inventory count the popup shows, once it reaches `count`. */
async function expectCodes(page: Page, count: number) {
  await page.getByRole('tab', { name: 'Inventory' }).click();
  await expect(page.getByText(`${count} codes`, { exact: true })).toBeVisible({ timeout: 20_000 });
}

async function reopen(buyer: Buyer, page?: Page) {
  await page?.close();
  return openPopup(buyer.context, buyer.extensionId);
}

test('a team shares one inventory: claims, a viewer, offline edits, a removed member', async () => {
  test.setTimeout(300_000);
  const server = await teamServerProcess();
  const buyers: Buyer[] = [];
  try {
    const alex = await joinTeam(server, 'buyer', 'Alex');
    const bea = await joinTeam(server, 'buyer', 'Bea');
    buyers.push(alex, bea);
    const codes = sparkCodes(45, 1701);

    // Alex pastes 45 codes; Bea sees them.
    let alexPopup = await openPopup(alex.context, alex.extensionId);
    await addCodes(alexPopup, messyThread(codes), 45, { adAccountId: ACCOUNT });
    let beaPopup = await openPopup(bea.context, bea.extensionId);
    await expectCodes(beaPopup, 45);
    await expect(beaPopup.getByTestId('team-badge')).toHaveText('Team glowco: in sync, 45 codes');

    // Bea copies batch 1: Alex's plan leaves those 20 codes out and says who holds them.
    await beaPopup.getByRole('tab', { name: 'Batches' }).click();
    await beaPopup.getByRole('button', { name: 'Plan batches' }).click();
    await expect(beaPopup.getByText('45 codes in 3 batches.')).toBeVisible();
    await beaPopup.getByRole('button', { name: 'Copy: Batch 1 (20 codes)' }).click();
    const beaBatch = (await beaPopup.evaluate(() => navigator.clipboard.readText()))
      .split('\n')
      .filter(Boolean);
    expect(beaBatch).toHaveLength(20);

    alexPopup = await reopen(alex, alexPopup);
    await alexPopup.getByRole('tab', { name: 'Batches' }).click();
    await expect(alexPopup.getByText(`20 codes claimed by Bea for ${ACCOUNT}`)).toBeVisible({
      timeout: 20_000,
    });
    await alexPopup.getByRole('button', { name: 'Plan batches' }).click();
    await expect(alexPopup.getByText('25 codes in 2 batches.')).toBeVisible();
    const alexPlanned = await alexPopup.locator('.batch-codes li').allTextContents();
    expect(alexPlanned.some((code) => beaBatch.includes(code))).toBe(false);
    await alexPopup.screenshot({ path: 'tests/e2e/screenshots/team-claims.png' });
    for (const scheme of ['light', 'dark'] as const) {
      await alex.options.emulateMedia({ colorScheme: scheme });
      await alex.options.setViewportSize({ width: 1366, height: 768 });
      await alex.options.getByTestId('team-section').scrollIntoViewIfNeeded();
      await alex.options.screenshot({ path: `tests/e2e/screenshots/team-options-${scheme}.png` });
    }

    // A viewer sees the team's codes; what they add stays on their browser.
    const vic = await joinTeam(server, 'viewer', 'Vic');
    buyers.push(vic);
    await expect(
      vic.options.getByText("You can see the team's codes", { exact: false }),
    ).toBeVisible();
    const vicPopup = await openPopup(vic.context, vic.extensionId);
    await expectCodes(vicPopup, 45);
    await addCodes(vicPopup, sparkCodes(1, 4242).join('\n'), 1);
    await expectCodes(vicPopup, 46);
    await vic.close();
    buyers.pop();

    // The server goes down; both buyers keep working, then the server comes back.
    await server.kill();
    await expect(alex.options.getByTestId('team-state')).toContainText('Offline', {
      timeout: 20_000,
    });
    await expect(alexPopup.getByTestId('team-badge')).toContainText('offline');
    await alexPopup.getByRole('button', { name: 'Copy: Batch 1 (20 codes)' }).click();
    await alexPopup.getByRole('button', { name: 'Mark applied: Batch 1' }).click();
    beaPopup = await reopen(bea, beaPopup);
    const offlineCodes = sparkCodes(2, 777);
    await addCodes(beaPopup, offlineCodes.join('\n'), 2);
    await server.start();

    for (const [buyer, page] of [
      [alex, alexPopup],
      [bea, beaPopup],
    ] as const) {
      await expect(buyer.options.getByTestId('team-state')).toContainText('In sync', {
        timeout: 30_000,
      });
      const fresh = await reopen(buyer, page);
      await expectCodes(fresh, 47);
      await fresh.getByRole('combobox', { name: 'Status' }).selectOption({ label: 'Applied' });
      await expect(fresh.getByText('Showing 20 codes of 47')).toBeVisible({ timeout: 20_000 });
      if (buyer === bea) beaPopup = fresh;
    }
    // The viewer's code never reached the team.
    await expect(beaPopup.getByText('Showing 20 codes of 47')).toBeVisible();

    // An admin removes Bea: her browser says so, and keeps its codes.
    const beaId = (await server.members(TEAM))
      .split('\n')
      .find((line) => line.endsWith('\tBea'))
      ?.split('\t')[0];
    expect(beaId).toBeTruthy();
    await server.remove(TEAM, beaId as string);
    await expect(bea.options.getByTestId('team-state')).toContainText(
      'You were removed from this team',
      { timeout: 20_000 },
    );
    beaPopup = await reopen(bea, beaPopup);
    await expectCodes(beaPopup, 47);
    await expect(beaPopup.getByTestId('team-badge')).toContainText('You were removed');
  } finally {
    for (const buyer of buyers) await buyer.close().catch(() => undefined);
    await server.dispose();
  }
});
