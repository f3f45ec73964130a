import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createI18n } from '@wxt-dev/i18n';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fixedClock } from '../../lib/clock';
import type { StoredPerformance } from '../../lib/db/performance';
import { winnersGoingDark } from '../../lib/inventory/winners';
import { DAY, NOW, facts, makeRecord } from '../../lib/preflight/test-fixtures';
import {
  rankingFigures,
  type CodePerformance,
  type PeriodFigures,
} from '../../lib/records/performance';
import type { CodeRecord } from '../../lib/records/schema';
import { settingsSchema } from '../../lib/settings/schema';
import { ServicesProvider, type DashboardServices } from './services';
import { WinnersGoingDark } from './WinnersGoingDark';

afterEach(cleanup);

const US = '7000000000000000001';
const GB = '7000000000000000002';
const settings = settingsSchema.parse({
  alertWindowDays: 7,
  accounts: [
    { id: US, name: 'Sunny US', currency: 'USD' },
    { id: GB, name: 'Sunny UK', currency: 'GBP' },
  ],
});

const applied = (code: string, handle: string, account: string, endsInDays: number): CodeRecord =>
  makeRecord({
    code,
    raw: code,
    status: 'applied',
    creatorHandle: handle,
    adAccountId: account,
    live: facts({ itemId: `post-${code}`, authEnd: NOW + endsInDays * DAY }),
  });

const spent = (spend: number, roas?: number): PeriodFigures => ({
  kind: 'figures',
  startDate: '2026-06-09',
  endDate: '2026-06-15',
  adIds: ['ad'],
  spend,
  roas,
});
const fault: PeriodFigures = {
  kind: 'unknown',
  reason: { message: 'TikTok had a problem on its side.', fix: 'Try again later.' },
};

const row = (code: string, account: string, currency: string, days7: PeriodFigures) =>
  [code, { code, advertiserId: account, currency, readAt: NOW, days7, days30: days7 }] as const;

const records = [
  applied('#small', 'ana', US, 2),
  applied('#big', 'bo', US, 5),
  applied('#uk', 'cy', GB, 1),
  applied('#starred', 'di', US, 3),
];
const performance: StoredPerformance = {
  byCode: new Map<string, CodePerformance>([
    row('#small', US, 'USD', spent(80, 6)),
    row('#big', US, 'USD', spent(1240, 3.1)),
    row('#uk', GB, 'GBP', fault),
  ]),
  runs: new Map([
    [US, { advertiserId: US, readAt: NOW, ok: true }],
    [
      GB,
      {
        advertiserId: GB,
        readAt: NOW,
        ok: false,
        reason: fault.kind === 'unknown' ? fault.reason : {},
      },
    ],
  ]),
  corrupt: 0,
};
const stars = new Set(['#starred']);

function show(
  refreshPerformance?: DashboardServices['refreshPerformance'],
  stored: StoredPerformance | null = performance,
) {
  const onCopy = vi.fn();
  const winners = winnersGoingDark(
    records,
    (record) => rankingFigures(stored?.byCode.get(record.code)),
    { now: NOW, windowDays: 7, starred: stars, timeZone: 'UTC' },
  );
  const services = {
    t: createI18n().t,
    locale: 'en-US',
    clock: fixedClock(NOW),
    refreshPerformance,
  } as unknown as DashboardServices;
  render(
    <ServicesProvider value={services}>
      <WinnersGoingDark
        winners={winners}
        settings={settings}
        timeZone="UTC"
        performance={stored ?? undefined}
        stars={stars}
        onCopy={onCopy}
      />
    </ServicesProvider>,
  );
  return { onCopy };
}

const bodyRows = () =>
  screen
    .getAllByTestId('winners-table')
    .flatMap((table) => within(table).getAllByRole('row').slice(1));

describe('WinnersGoingDark', () => {
  it('lists the codes by spend, then stars, with each account’s currency', () => {
    show();
    expect(
      screen
        .getAllByRole('table')
        .map((t) => t.getAttribute('aria-labelledby') && t.querySelector('caption')?.textContent),
    ).toEqual(['Spend in USD', 'Without figures']);
    const cells = bodyRows().map((r) =>
      within(r)
        .getAllByRole('cell')
        .map((c) => c.textContent?.replace(/\u00a0/g, ' ')),
    );
    expect(cells.map((c) => c[1])).toEqual(['@bo', '@ana', '@di', '@cy']);
    expect(cells[0]?.slice(4, 7)).toEqual(['$1,240', '$1,240', '3.1×']);
    expect(cells[1]?.slice(4, 7)).toEqual(['$80.00', '$80.00', '6×']);
  });

  it('shows a failed report as unknown with the reason, never as zero', () => {
    show();
    const uk = bodyRows()[3];
    const spend = within(uk as HTMLElement).getAllByRole('cell')[4]?.textContent ?? '';
    expect(spend).toMatch(/^Unknown TikTok had a problem on its side\. Try again later\.$/);
    expect(spend).not.toMatch(/0/);
    expect(screen.getByTestId('winners-runs').textContent).toMatch(/Sunny UK: figures unknown/);
  });

  it('offers the renewal message first for the top winners and the starred code', async () => {
    const { onCopy } = show();
    const first = screen.getByRole('list', { name: 'Renew these first' });
    const buttons = within(first).getAllByRole('button', { name: /^Copy renewal message for / });
    expect(buttons.map((b) => b.getAttribute('aria-label'))).toEqual([
      'Copy renewal message for @bo',
      'Copy renewal message for @ana',
      'Copy renewal message for @di',
    ]);
    expect(buttons[0]?.parentElement?.textContent).toMatch(/@bo · \$1,240 in 7 days · last day/);
    expect(buttons[2]?.parentElement?.textContent).toMatch(/@di · Starred/);
    await userEvent.click(buttons[0] as HTMLElement);
    expect(onCopy).toHaveBeenCalledWith([
      expect.objectContaining({ code: '#big', expiresAt: NOW + 5 * DAY }),
    ]);
  });

  it('reads figures on demand and says what happened', async () => {
    const refresh = vi.fn(async () => ({
      ok: true as const,
      accounts: [
        { advertiserId: US, outcome: 'read' as const, codes: 3 },
        { advertiserId: GB, outcome: 'failed' as const, codes: 1 },
      ],
    }));
    show(refresh);
    await userEvent.click(screen.getByRole('button', { name: 'Refresh figures' }));
    expect(refresh).toHaveBeenCalledTimes(1);
    expect(
      await screen.findByText(
        'Figures read for 1 ad account. 1 ad account could not be read: see below.',
      ),
    ).toBeTruthy();
  });

  it('without a token ranks by stars alone, with no figure columns that could only say so', () => {
    show(undefined, null);
    expect(screen.getByText(/^Without an API token there are no figures/)).toBeTruthy();
    expect(screen.getAllByRole('columnheader').map((h) => h.textContent)).not.toContain(
      'Spent, 7 days',
    );
    expect(bodyRows().map((r) => within(r).getAllByRole('cell')[1]?.textContent)).toEqual([
      '@di',
      '@cy',
      '@ana',
      '@bo',
    ]);
  });

  it('passes on why nothing could be read', async () => {
    show(async () => ({ ok: false, message: 'No access token is saved.', fix: 'Add one.' }));
    await userEvent.click(screen.getByRole('button', { name: 'Refresh figures' }));
    expect(await screen.findByText('No access token is saved. Add one.')).toBeTruthy();
  });
});
