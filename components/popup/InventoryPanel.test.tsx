import { render, screen, waitFor, within } from '@testing-library/react';
import { fixedClock } from '../../lib/clock';
import { beforeEach, describe, expect, it } from 'vitest';
import { addCodes, getCodes, setStatus } from '../../lib/db/repository';
import { sparkCodes } from '../../tests/e2e/popup-codes';
import type { CodeRecord } from '../../lib/records/schema';
import { record } from '../../lib/inventory/test-records';
import { shortCode } from '../../lib/inventory/display';
import { defaultSettings } from '../../lib/settings/schema';
import { InventoryPanel } from './InventoryPanel';
import { ServicesContext } from './services';
import { giveListAHeight, NOW, renderPopup, testServices } from './test-utils';

const [A, B, C] = sparkCodes(3, 21) as [string, string, string];
const ACCOUNT = '7000000000000000001';
const clock = fixedClock(NOW, 'UTC');

async function seeded() {
  const view = renderPopup({ accounts: [{ id: ACCOUNT, name: 'Brand US' }] });
  await addCodes(
    view.db,
    [{ code: A, raw: A }],
    { creatorHandle: 'maya', adAccountId: ACCOUNT, expiresOn: '2026-12-25' },
    clock,
  );
  await addCodes(
    view.db,
    [{ code: B, raw: B }],
    { creatorHandle: 'leo', expiresOn: '2026-11-27' },
    clock,
  );
  await addCodes(view.db, [{ code: C, raw: C }], { creatorHandle: 'ava' }, clock);
  await setStatus(view.db, [C], 'revoked', clock);
  await waitFor(() => expect(rowTexts().some((text) => text.includes('Revoked'))).toBe(true));
  return view;
}

function rowTexts() {
  return screen.queryAllByRole('listitem').map((li) => li.textContent ?? '');
}

beforeEach(() => {
  giveListAHeight();
});

describe('Inventory', () => {
  it('shows chip, days left, creator and account for each code, soonest expiry first', async () => {
    await seeded();
    const rows = rowTexts();
    expect(rows).toHaveLength(3);
    // Seen on Nov 25: the last day and the days left counting today, as every page words them.
    expect(rows[0]).toMatch(
      /Expiring soon.*last day Nov 27, 2026 · 3 days left.*@leo.*No ad account/,
    );
    expect(rows[1]).toMatch(
      /Ready.*last day Dec 25, 2026 · 31 days left.*@maya.*Brand US \(…0001\)/,
    );
    expect(rows[2]).toMatch(/Revoked.*@ava/);
  });

  it('searches, filters by status and account, and clears the filters', async () => {
    const { user } = await seeded();
    await user.type(screen.getByRole('searchbox', { name: 'Search' }), '@MAYA');
    expect(await screen.findByText('Showing 1 code of 3')).toBeTruthy();
    expect(rowTexts()[0]).toContain('@maya');

    await user.click(screen.getByRole('button', { name: 'Clear filters' }));
    await user.selectOptions(screen.getByRole('combobox', { name: 'Status' }), 'revoked');
    expect(await screen.findByText('Showing 1 code of 3')).toBeTruthy();
    expect(rowTexts()[0]).toContain('@ava');

    await user.selectOptions(screen.getByRole('combobox', { name: 'Status' }), 'all');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Ad account' }), 'none');
    expect(await screen.findByText('Showing 2 codes of 3')).toBeTruthy();

    await user.selectOptions(screen.getByRole('combobox', { name: 'Ad account' }), ACCOUNT);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Status' }), 'expired');
    expect(await screen.findByText(/No codes match/)).toBeTruthy();
  });

  it('sorts by date added', async () => {
    const { user, db } = renderPopup();
    await addCodes(db, [{ code: A, raw: A }], {}, fixedClock(NOW - 2000));
    await addCodes(db, [{ code: B, raw: B }], {}, fixedClock(NOW - 1000));
    await screen.findByText('2 codes');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Sort by' }), 'added-oldest');
    await waitFor(() => expect(rowTexts()[0]).toContain(A.slice(0, 10)));
    await user.selectOptions(screen.getByRole('combobox', { name: 'Sort by' }), 'added-newest');
    await waitFor(() => expect(rowTexts()[0]).toContain(B.slice(0, 10)));
  });

  it('edits a code inline', async () => {
    const { user, db } = await seeded();
    const row = screen.getAllByRole('listitem')[0] as HTMLElement;
    await user.click(within(row).getByRole('button', { name: /^Edit / }));
    const handle = screen.getByRole('textbox', { name: 'Creator handle' });
    expect(document.activeElement).toBe(handle);
    await user.clear(handle);
    await user.type(handle, 'leo_new');
    await user.type(screen.getByRole('textbox', { name: 'Creator region' }), 'gb');
    await user.click(screen.getByRole('button', { name: 'Save details' }));
    await waitFor(async () =>
      expect((await getCodes(db, [B])).get(B)).toMatchObject({
        creatorHandle: 'leo_new',
        creatorRegion: 'GB',
      }),
    );
    expect(await screen.findByText(/@leo_new/)).toBeTruthy();
  });

  it('deletes a code and brings it back with Undo', async () => {
    const { user, db } = await seeded();
    const row = screen.getAllByRole('listitem')[0] as HTMLElement;
    await user.click(within(row).getByRole('button', { name: /^Delete / }));
    expect(await screen.findByText('2 codes')).toBeTruthy();
    expect((await getCodes(db, [B])).has(B)).toBe(false);
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    expect(await screen.findByText('3 codes')).toBeTruthy();
    expect((await getCodes(db, [B])).get(B)?.creatorHandle).toBe('leo');
  });

  it('deletes the selected codes together', async () => {
    const { user } = await seeded();
    await user.click(screen.getByRole('button', { name: 'Select all shown' }));
    expect(screen.getByText('3 codes selected')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Delete selected' }));
    expect(await screen.findByText('Keep every Spark code ready to authorize')).toBeTruthy();
  });

  it('an empty inventory says what the extension does and offers the first step', async () => {
    const { user } = await seeded();
    await user.click(screen.getByRole('button', { name: 'Select all shown' }));
    await user.click(screen.getByRole('button', { name: 'Delete selected' }));
    const welcome = await screen.findByRole('region', {
      name: 'Keep every Spark code ready to authorize',
    });
    expect(welcome.querySelectorAll('li')).toHaveLength(3);
    await user.click(screen.getByRole('button', { name: 'Add codes' }));
    expect(screen.getByRole('tab', { name: /Add codes/, selected: true })).toBeTruthy();
  });

  it('copies a single code', async () => {
    const { user, writeClipboard } = await seeded();
    const row = screen.getAllByRole('listitem')[1] as HTMLElement;
    await user.click(within(row).getByRole('button', { name: /^Copy / }));
    expect(writeClipboard).toHaveBeenCalledWith(A);
    expect(await screen.findByText('Code copied to the clipboard.')).toBeTruthy();
  });

  it('reports unreadable rows instead of showing them', async () => {
    const { db } = renderPopup();
    await addCodes(db, [{ code: A, raw: A }], {}, clock);
    await db.codes.put({ code: '#broken', status: 'nonsense' } as never);
    expect((await screen.findByRole('alert')).textContent).toContain(
      '1 saved code could not be read',
    );
    expect(screen.getByText('1 code')).toBeTruthy();
  });

  it('shows a change written elsewhere without reopening', async () => {
    const { db } = await seeded();
    await setStatus(db, [A], 'applied', clock);
    await waitFor(() =>
      expect(rowTexts().some((t) => t.includes('Applied') && t.includes('@maya'))).toBe(true),
    );
  });
});

describe('Inventory while only the first rows are read', () => {
  function renderHead(records: CodeRecord[]) {
    const { services } = testServices();
    const inventory = { records, byCode: new Map(records.map((r) => [r.code, r])), corrupt: 0 };
    render(
      <ServicesContext.Provider value={services}>
        <InventoryPanel
          inventory={inventory}
          settings={defaultSettings}
          now={NOW}
          earnings={{}}
          partialOf={9}
        />
      </ServicesContext.Provider>,
    );
  }

  it('shows the rows but holds back counts, filters and select-all', () => {
    renderHead([record({ creatorHandle: 'maya' })]);
    expect(rowTexts()[0]).toContain('@maya');
    expect(screen.getByText('Loading all your codes…')).toBeTruthy();
    expect(screen.getByRole('searchbox', { name: 'Search' })).toHaveProperty('disabled', true);
    expect(screen.getByRole('combobox', { name: 'Sort by' })).toHaveProperty('disabled', true);
    expect(screen.queryByRole('button', { name: 'Select all shown' })).toBeNull();
    expect(screen.getByRole('list', { name: 'Codes' }).getAttribute('aria-busy')).toBe('true');
    expect(screen.getAllByRole('listitem')[0]?.getAttribute('aria-setsize')).toBe('9');
  });

  it('never claims the inventory is empty', () => {
    renderHead([]);
    expect(screen.queryByText('Keep every Spark code ready to authorize')).toBeNull();
  });
});

describe('needs action, as the badge and dashboard count it', () => {
  it('warns on an applied code near its end and opens exactly those codes from the header', async () => {
    const { user, db } = renderPopup();
    await addCodes(db, [{ code: A, raw: A }], { expiresOn: '2026-11-26' }, clock);
    await setStatus(db, [A], 'applied', clock);
    await addCodes(db, [{ code: B, raw: B }], { expiresOn: '2026-12-24' }, clock);
    await addCodes(db, [{ code: C, raw: C }], { expiresOn: '2026-12-24' }, clock);
    await setStatus(db, [C], 'revoked', clock);

    const header = await screen.findByRole('button', { name: '2 need action' });
    // Soonest end first: the applied code, whose chip warns instead of a calm "Applied".
    await waitFor(() =>
      expect(rowTexts()[0]).toMatch(/Applied, ends soon.*last day Nov 26, 2026 · 2 days left/),
    );
    await user.click(header);
    expect(await screen.findByText('Showing 2 codes of 3')).toBeTruthy();
    expect(rowTexts().map((text) => /Applied, ends soon|Revoked/.test(text))).toEqual([true, true]);
  });
});

describe('Ranking by what codes earn', () => {
  it('stars a code from its row, and the spend sort puts spend first, then stars', async () => {
    const { db, user } = await seeded();
    await db.performance.put({
      code: C,
      advertiserId: ACCOUNT,
      currency: 'USD',
      readAt: NOW,
      days7: {
        kind: 'figures',
        startDate: '2026-11-19',
        endDate: '2026-11-25',
        adIds: ['ad-1'],
        spend: 1240,
      },
      days30: { kind: 'no-ads' },
    });
    await waitFor(() => expect(rowTexts().some((t) => t.includes('$1,240 in 7 days'))).toBe(true));

    const star = screen.getByRole('button', { name: `Star ${shortCode(A)}` });
    expect(star.getAttribute('aria-pressed')).toBe('false');
    star.focus();
    await user.keyboard('{Enter}');
    await waitFor(() => expect(star.getAttribute('aria-pressed')).toBe('true'));
    expect(await db.stars.get(A)).toMatchObject({ code: A });

    await user.selectOptions(screen.getByRole('combobox', { name: 'Sort by' }), 'spend');
    await waitFor(() => expect(rowTexts()[0]).toMatch(/@ava.*\$1,240 in 7 days/));
    expect(rowTexts()[1]).toMatch(/@maya/);
    expect(rowTexts()[2]).toMatch(/@leo/);

    await user.click(star);
    await waitFor(() => expect(rowTexts()[1]).toMatch(/@leo/));
    expect(await db.stars.get(A)).toBeUndefined();
  });
});
