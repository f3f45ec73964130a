import { test, expect } from './fixtures';
import {
  ACCOUNT_US,
  CODES,
  authorizeUrl,
  checkLine,
  codeRow,
  openAdsManager,
  panel,
  patchInventoryRow,
  saveSettings,
  sendToBackground,
  verdictOf,
} from './panel-helpers';

interface PreflightReply {
  items: { code: string; record?: { status: string; failureReason?: string } }[];
}

async function addToInventory(
  context: Parameters<typeof sendToBackground>[0],
  extensionId: string,
  code: string,
  details: Record<string, unknown>,
) {
  await sendToBackground(context, extensionId, 'addFromPage', {
    items: [{ code, raw: code, warnings: [] }],
    details,
  });
}

test.describe('pre-flight panel with codes from the inventory', () => {
  test('a code past the expiry the buyer recorded fails with the extend-or-new-code fix', async ({
    context,
    extensionId,
  }) => {
    await addToInventory(context, extensionId, CODES.good, {
      creatorHandle: 'maya',
      expiresOn: '2020-01-31',
    });
    const page = await openAdsManager(context, authorizeUrl());
    await page.locator('#auth-code').fill(CODES.good);
    const row = codeRow(page, 0);
    await expect(row.getByText(/In your inventory/)).toBeVisible();
    const expiry = await checkLine(row, 'Expiry');
    await expect(expiry).toContainText('Fail');
    await expect(expiry.locator('.sp-check__fix')).toContainText(/extend|new code/i);
    await expect(verdictOf(row)).toHaveText('✕Blocked');
    await expect(row.locator('.sp-row__why')).toContainText(/extend|new code/i);
    await expect(panel(page).getByRole('status')).toHaveText('1 to remove');
  });

  test('offline, a fully recorded code reads ready from the records, with one line for live checks', async ({
    context,
    extensionId,
  }) => {
    await saveSettings(context, extensionId, {
      accounts: [{ id: ACCOUNT_US, name: 'Acme Shop US', country: 'US' }],
    });
    await addToInventory(context, extensionId, CODES.good, {
      creatorHandle: 'maya',
      expectedPost: 'https://www.tiktok.com/@maya/video/7300000000000000001',
      creatorRegion: 'US',
      duration: 30,
    });
    const page = await openAdsManager(context, authorizeUrl());
    await page.locator('#auth-code').fill(`${CODES.good}\n${CODES.other}`);
    await expect(verdictOf(codeRow(page, 0))).toHaveText('✓Ready (from your records)');
    // The unrecorded code is not called ready: its expiry, post and region are not known.
    await expect(verdictOf(codeRow(page, 1))).toHaveText('?Not checked');
    await expect(panel(page).getByRole('status')).toHaveText('1 ready · 1 not checked');
    await expect(
      panel(page).getByText('Live status not checked: connect TikTok in Options'),
    ).toHaveCount(1);
  });

  test('a code recorded for a creator in another region fails the region check', async ({
    context,
    extensionId,
  }) => {
    await saveSettings(context, extensionId, {
      accounts: [{ id: ACCOUNT_US, name: 'Acme Shop US', country: 'US' }],
    });
    await addToInventory(context, extensionId, CODES.other, { creatorRegion: 'GB' });
    const page = await openAdsManager(context, authorizeUrl());
    await page.locator('#auth-code').fill(CODES.other);
    const row = codeRow(page, 0);
    await expect(await checkLine(row, 'Region')).toContainText('Fail');
    await expect(panel(page).getByText(/Ad account Acme Shop US/)).toContainText('country US');
  });

  test('a code recorded for one post that TikTok says points to another fails the post check', async ({
    context,
    extensionId,
  }) => {
    await addToInventory(context, extensionId, CODES.good, {
      expectedPost: 'https://www.tiktok.com/@maya/video/7300000000000000001',
    });
    await patchInventoryRow(context, extensionId, CODES.good, {
      live: { kind: 'facts', facts: { fetchedAt: Date.now(), itemId: '7300000000000000999' } },
    });
    const page = await openAdsManager(context, authorizeUrl());
    await page.locator('#auth-code').fill(CODES.good);
    const check = await checkLine(codeRow(page, 0), 'Right post');
    await expect(check).toContainText('Fail');
    await expect(check.locator('.sp-check__fix')).not.toBeEmpty();
  });

  test('a code recorded for another ad account says so', async ({ context, extensionId }) => {
    await addToInventory(context, extensionId, CODES.other, { adAccountId: '7000000000000000999' });
    const page = await openAdsManager(context, authorizeUrl());
    await page.locator('#auth-code').fill(CODES.other);
    await expect(
      codeRow(page, 0).getByText(
        `Recorded for ad account 7000000000000000999; this page is account ${ACCOUNT_US}.`,
      ),
    ).toBeVisible();
  });

  test("Ads Manager's error after Search is recorded on the code with its fix", async ({
    context,
    extensionId,
  }) => {
    await addToInventory(context, extensionId, CODES.expiredAtTikTok, { creatorHandle: 'leo' });
    const page = await openAdsManager(context, authorizeUrl());
    await page.locator('#auth-code').fill(CODES.expiredAtTikTok);
    await expect(codeRow(page, 0).getByText(/In your inventory/)).toBeVisible();
    await page.getByRole('button', { name: 'Search', exact: true }).click();
    const answer = codeRow(page, 0).locator('.sp-answer');
    await expect(answer).toContainText('This code has expired');
    await expect(answer).toContainText(/extend the authorization/i);
    await expect(answer).toContainText('Saved on the code in your inventory.');

    const reply = await sendToBackground<PreflightReply>(context, extensionId, 'preflight', {
      codes: [
        { code: CODES.expiredAtTikTok, raw: CODES.expiredAtTikTok, occurrences: 1, warnings: [] },
      ],
    });
    // An expiry has its own status; Ads Manager's words stay in the code's history.
    expect(reply.items[0]?.record).toMatchObject({ status: 'expired' });
    await expect(codeRow(page, 0).getByText(/In your inventory: expired/)).toBeVisible();
  });

  test('a successful Confirm marks the code applied', async ({ context, extensionId }) => {
    await addToInventory(context, extensionId, CODES.good, {});
    const page = await openAdsManager(context, authorizeUrl());
    await page.locator('#auth-code').fill(CODES.good);
    await page.getByRole('button', { name: 'Search', exact: true }).click();
    await expect(page.locator('#confirm')).toBeEnabled();
    await page.locator('#confirm').click();
    await expect(codeRow(page, 0).locator('.sp-answer')).toContainText('Authorized successfully');
    await expect(codeRow(page, 0).getByText(/In your inventory: applied/)).toBeVisible();
  });
});
