import AxeBuilder from '@axe-core/playwright';
import { expect, test, type BrowserContext, type Locator } from '@playwright/test';
import {
  GB_ADVERTISER_ID,
  generateValidCodes,
  JP_ADVERTISER_ID,
  US_ADVERTISER_ID,
} from '../mock-api/fixtures';
import type { MockAd, MockTikTokApi } from '../mock-api/server';
import { E2E_EXTENSION_DIR, launchWithExtension } from './fixtures';
import { routeMarketingApi, saveTokenAndAccount } from './live-api';

const DAY = 86_400_000;
const [J1, J2, U1, U2, G1, U3] = generateValidCodes(6, 77);
const post = (n: number) => `73000000000000001${String(n).padStart(2, '0')}`;

/** Each account's ads: posts run in one or two ads; other ads run posts nobody recorded. */
const ADS: Record<string, MockAd[]> = {
  [US_ADVERTISER_ID]: [
    { adId: 'us-1a', itemId: post(3), spend: 700, spend30: 2100, purchaseValue: 2000 },
    { adId: 'us-1b', itemId: post(3), spend: 540, spend30: 900 },
    { adId: 'us-2', itemId: post(4), spend: 80, purchaseValue: 480 },
    { adId: 'us-upload', spend: 5000 },
    ...Array.from({ length: 40 }, (_, n) => ({ adId: `us-x${n}`, itemId: `7399${n}`, spend: 1 })),
  ],
  [GB_ADVERTISER_ID]: [{ adId: 'gb-1', itemId: post(5), spend: 300 }],
  [JP_ADVERTISER_ID]: [
    { adId: 'jp-1', itemId: post(1), spend: 125_000, spend30: 400_000 },
    { adId: 'jp-2', itemId: post(2), spend: 9_000 },
  ],
};

/** `YYYY-MM-DD`, some days from now (the browser counts days in the same zone as this run). */
const inDays = (days: number) => new Date(Date.now() + days * DAY).toISOString().slice(0, 10);

/** Applied codes ending within the 3-day warning window, as a buyer's sheet lists them. */
const SHEET = [
  'Spark code,Status,Creator,Post,Ad account,Expires on',
  ...[
    [J1, 'yuki', post(1), JP_ADVERTISER_ID, 2],
    [J2, 'ren', post(2), JP_ADVERTISER_ID, 1],
    [U1, 'mia', post(3), US_ADVERTISER_ID, 2],
    [U2, 'leo', post(4), US_ADVERTISER_ID, 1],
    [G1, 'olly', post(5), GB_ADVERTISER_ID, 1],
    // Its post runs in no ad on the account: "not in an ad", which is not unknown.
    [U3, 'ava', post(6), US_ADVERTISER_ID, 2],
  ].map(
    ([code, creator, id, account, days]) =>
      `${code},applied,${creator},https://www.tiktok.com/@${creator}/video/${id},${account},${inDays(days as number)}`,
  ),
].join('\n');

async function addAccount(context: BrowserContext, extensionId: string, id: string) {
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await options.getByLabel('Advertiser id').fill(id);
  await options.getByRole('button', { name: 'Add account' }).click();
  await expect(options.getByRole('row', { name: new RegExp(id) })).toBeVisible();
  await options.close();
}

/** Each body row's cells as text, non-breaking spaces made plain. */
async function rowsOf(table: Locator): Promise<string[][]> {
  const rows = await table.locator('tbody tr').all();
  return Promise.all(
    rows.map(async (row) =>
      (await row.locator('td').allTextContents()).map((text) => text.replace(/\u00a0/g, ' ')),
    ),
  );
}

let api: MockTikTokApi | undefined;
test.afterEach(async () => {
  await api?.close();
});

test('three accounts: expiring winners in spend order, in each account’s currency; a failed report is unknown, not 0', async () => {
  const { context, extensionId, close } = await launchWithExtension(E2E_EXTENSION_DIR);
  try {
    api = await routeMarketingApi(context, { ads: ADS, reportFaults: [GB_ADVERTISER_ID] });
    await saveTokenAndAccount(context, extensionId, { id: US_ADVERTISER_ID });
    await addAccount(context, extensionId, GB_ADVERTISER_ID);
    await addAccount(context, extensionId, JP_ADVERTISER_ID);

    const page = await context.newPage();
    await page.goto(`chrome-extension://${extensionId}/dashboard.html`);
    await page.getByLabel('Choose a CSV file or a backup').setInputFiles({
      name: 'applied-codes.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(SHEET),
    });
    await page.getByRole('button', { name: 'Read the file' }).click();
    await page.getByRole('button', { name: 'Import 6 codes' }).click();
    await expect(page.getByRole('heading', { name: 'Winners going dark (6)' })).toBeVisible();

    await page.getByRole('button', { name: 'Refresh figures' }).click();
    await expect(
      page.getByText('Figures read for 2 ad accounts. 1 ad account could not be read: see below.'),
    ).toBeVisible({ timeout: 30_000 });

    const jpy = page.getByRole('table', { name: 'Spend in JPY' });
    const usd = page.getByRole('table', { name: 'Spend in USD' });
    const none = page.getByRole('table', { name: 'Without figures' });
    // Cells: code, creator, post, account, 7 days, 30 days, ROAS, last day, actions.
    await expect(jpy.locator('tbody tr')).toHaveCount(2);
    expect((await rowsOf(jpy)).map((cells) => [cells[1], cells[4], cells[5]])).toEqual([
      ['@yuki', '¥125,000', '¥400,000'],
      ['@ren', '¥9,000', '¥9,000'],
    ]);
    expect((await rowsOf(usd)).map((cells) => [cells[1], cells[4], cells[5], cells[6]])).toEqual([
      ['@mia', '$1,240', '$3,000', '1.61×'],
      ['@leo', '$80.00', '$80.00', '6×'],
    ]);
    const withoutFigures = await rowsOf(none);
    expect(withoutFigures.map((cells) => cells[1])).toEqual(['@olly', '@ava']);
    const [olly, ava] = withoutFigures;
    expect(olly?.[4]).toMatch(/^Unknown TikTok had a problem on its side/);
    expect(olly?.slice(4, 7).join(' ')).not.toMatch(/£|\b0\b/);
    expect(ava?.[4]).toBe('Not in an ad');
    await expect(page.getByTestId('winners-runs')).toContainText(
      /\d{19}: figures unknown\. TikTok had a problem on its side/,
    );

    // The renewal message comes first for the top earners of each currency.
    const renewFirst = page.getByRole('list', { name: 'Renew these first' });
    await expect(renewFirst.getByRole('button')).toHaveText([
      'Copy renewal message',
      'Copy renewal message',
      'Copy renewal message',
      'Copy renewal message',
    ]);
    await expect(renewFirst.locator('li')).toContainText([
      /^Copy renewal message @yuki · ¥125,000 in 7 days · last day/,
      /@ren · ¥9,000 in 7 days/,
      /@mia · \$1,240 in 7 days/,
      /@leo · \$80\.00 in 7 days/,
    ]);

    // Two reports (7 and 30 days) per account with figures; the failing account's first report
    // is retried, and its 30 days are not asked for again.
    const reports = api.requests.filter((r) => r.path === '/report/integrated/get/');
    const by = (id: string) => reports.filter((r) => r.query.advertiser_id === id);
    expect(by(US_ADVERTISER_ID)).toHaveLength(2);
    expect(by(JP_ADVERTISER_ID)).toHaveLength(2);
    expect(new Set(by(GB_ADVERTISER_ID).map((r) => r.query.start_date)).size).toBe(1);

    const axe = await new AxeBuilder({ page }).include('main').analyze();
    expect(axe.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
  } finally {
    await close();
  }
});
