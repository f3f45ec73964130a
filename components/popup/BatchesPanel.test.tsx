import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { fixedClock } from '../../lib/clock';
import { beforeEach, describe, expect, it } from 'vitest';
import { batchCopyText } from '../../lib/batches/index';
import { addCodes, getCodes, listCodes, setStatus } from '../../lib/db/repository';
import { sparkCodes } from '../../tests/e2e/popup-codes';
import { giveListAHeight, NOW, renderPopup } from './test-utils';

const clock = fixedClock(NOW, 'UTC');
const ACCOUNT = '7000000000000000001';

async function planWith(codes: string[], settings: Parameters<typeof renderPopup>[0] = {}) {
  const view = renderPopup(settings);
  await addCodes(
    view.db,
    codes.map((code) => ({ code, raw: code })),
    { duration: 30 },
    clock,
  );
  await view.user.click(await screen.findByRole('tab', { name: 'Batches' }));
  await view.user.click(await screen.findByRole('button', { name: 'Plan batches' }));
  return view;
}

const cards = () => screen.getAllByRole('article');
const listedCodes = (card: HTMLElement) =>
  within(card)
    .getAllByRole('listitem')
    .map((li) => li.textContent ?? '');

// The batch list draws only the cards in its scroll box's height.
beforeEach(giveListAHeight);

describe('Batches', () => {
  it('plans batches of 20 and shows count, account and earliest expiry', async () => {
    await planWith(sparkCodes(45, 1));
    expect(await screen.findByText('45 codes in 3 batches.')).toBeTruthy();
    expect(cards().map((c) => within(c).getByRole('heading').textContent)).toEqual([
      'Batch 1',
      'Batch 2',
      'Batch 3',
    ]);
    expect(cards().map((c) => listedCodes(c).length)).toEqual([20, 20, 5]);
    const first = cards()[0] as HTMLElement;
    expect(first.textContent).toContain('20 codes');
    expect(first.textContent).toContain('No ad account');
    // Thirty days from Nov 25: the authorization ends as Dec 25 begins, so Dec 24 is the last day.
    expect(first.textContent).toMatch(/Earliest expiry.*last day Dec 24, 2026 · 30 days left/);
  });

  it('follows the batch size setting and splits by ad account', async () => {
    const codes = sparkCodes(30, 2);
    const view = renderPopup({ batchSize: 10, accounts: [{ id: ACCOUNT, name: 'Brand US' }] });
    await addCodes(
      view.db,
      codes.slice(0, 12).map((code) => ({ code, raw: code })),
      { adAccountId: ACCOUNT },
      clock,
    );
    await addCodes(
      view.db,
      codes.slice(12).map((code) => ({ code, raw: code })),
      {},
      clock,
    );
    await view.user.click(await screen.findByRole('tab', { name: 'Batches' }));
    await waitFor(() => expect(screen.getByText(/Up to 10 codes per batch/)).toBeTruthy());
    await view.user.click(await screen.findByRole('button', { name: 'Plan batches' }));
    expect(await screen.findByText('30 codes in 4 batches.')).toBeTruthy();
    const byAccount = cards().map((c) => [
      listedCodes(c).length,
      c.textContent?.includes('Brand US') ? 'brand' : 'none',
    ]);
    expect(byAccount.sort()).toEqual([
      [10, 'brand'],
      [10, 'none'],
      [2, 'brand'],
      [8, 'none'],
    ]);
  });

  it('draws only the batches in view, and a card keeps focus while scrolled away', async () => {
    const { user, writeClipboard } = await planWith(sparkCodes(200, 8), { batchSize: 5 });
    expect(await screen.findByText('200 codes in 40 batches.')).toBeTruthy();
    const list = screen.getByRole('list', { name: 'Planned batches' });
    const items = () => [...list.querySelectorAll<HTMLElement>('[role="listitem"][aria-setsize]')];
    // 480 px of 200 px cards, and two drawn ahead.
    expect(items().length).toBeGreaterThan(0);
    expect(items().length).toBeLessThan(10);
    expect(items().map((item) => item.getAttribute('aria-setsize'))).toEqual(
      items().map(() => '40'),
    );
    expect(items()[0]?.getAttribute('aria-posinset')).toBe('1');

    // Keyboard into the first card, then the list scrolls far down under the wheel.
    const copy = within(items()[0] as HTMLElement).getByRole('button', {
      name: 'Copy: Batch 1 (5 codes)',
    });
    copy.focus();
    const scroller = list.parentElement as HTMLElement;
    scroller.scrollTop = 30 * 200;
    fireEvent.scroll(scroller);
    await waitFor(() =>
      expect(items().map((item) => item.getAttribute('aria-posinset'))).toContain('31'),
    );
    // The focused card is still there, focus with it, and its button still copies.
    expect(items()[0]?.getAttribute('aria-posinset')).toBe('1');
    expect(document.activeElement).toBe(copy);
    await user.keyboard('{Enter}');
    expect(writeClipboard).toHaveBeenCalledTimes(1);
    expect(await screen.findByText(/^Copied 5 codes from Batch 1\./)).toBeTruthy();

    // A card far down copies too once scrolled to.
    const late = items().find((item) => item.getAttribute('aria-posinset') === '31');
    await user.click(
      within(late as HTMLElement).getByRole('button', { name: 'Copy: Batch 31 (5 codes)' }),
    );
    expect(await screen.findByText(/^Copied 5 codes from Batch 31\./)).toBeTruthy();
  });

  it('copies a batch in one click, one code per line, and records the copy', async () => {
    const { user, writeClipboard, db } = await planWith(sparkCodes(25, 3));
    const first = (await screen.findAllByRole('article'))[0] as HTMLElement;
    const listed = listedCodes(first);
    await user.click(within(first).getByRole('button', { name: 'Copy: Batch 1 (20 codes)' }));

    expect(writeClipboard).toHaveBeenCalledTimes(1);
    const text = writeClipboard.mock.calls[0]?.[0] ?? '';
    expect(text.split('\n').filter(Boolean)).toEqual(listed);
    expect(text).toBe(
      batchCopyText({ id: 'x', adAccountId: null, codes: listed, earliestExpiry: null }),
    );
    expect(await screen.findByText(/^Copied 20 codes from Batch 1\./)).toBeTruthy();
    await waitFor(() =>
      expect(within(first).getByRole('status').textContent).toMatch(/^Copied at/),
    );

    const stored = [...(await getCodes(db, listed)).values()];
    expect(stored.every((r) => r.copiedAt === NOW && r.batchId === stored[0]?.batchId)).toBe(true);
    // The list marks them as copied and waiting.
    await user.click(screen.getByRole('tab', { name: 'Inventory' }));
    await user.selectOptions(screen.getByRole('combobox', { name: 'Status' }), 'copied');
    expect(await screen.findByText('Showing 20 codes of 25')).toBeTruthy();
  });

  it('marks a batch applied, re-plans without it, and Undo puts it back', async () => {
    const { user, db } = await planWith(sparkCodes(45, 4));
    const first = (await screen.findAllByRole('article'))[0] as HTMLElement;
    const applied = listedCodes(first);
    await user.click(within(first).getByRole('button', { name: 'Mark applied: Batch 1' }));
    expect(await within(first).findByText(/^Applied at/)).toBeTruthy();
    const stored = await getCodes(db, applied);
    expect([...stored.values()].every((r) => r.status === 'applied' && r.appliedAt === NOW)).toBe(
      true,
    );

    await user.click(screen.getByRole('button', { name: 'Plan again' }));
    expect(await screen.findByText('25 codes in 2 batches.')).toBeTruthy();
    expect(
      cards()
        .flatMap(listedCodes)
        .some((code) => applied.includes(code)),
    ).toBe(false);

    await user.click(screen.getByRole('button', { name: 'Undo' }));
    await waitFor(async () =>
      expect((await listCodes(db)).records.filter((r) => r.status === 'applied')).toHaveLength(0),
    );
  });

  it('keeps a copied batch across a re-plan and never hands its codes out twice', async () => {
    const { user } = await planWith(sparkCodes(30, 5));
    const first = (await screen.findAllByRole('article'))[0] as HTMLElement;
    const copied = listedCodes(first);
    await user.click(within(first).getByRole('button', { name: /^Copy: Batch 1/ }));
    await within(first).findByText(/^Copied at/);
    await user.click(screen.getByRole('button', { name: 'Plan again' }));

    const waiting = await screen.findByRole('region', { name: 'Copied, not applied yet' });
    expect(within(waiting).getAllByRole('article')).toHaveLength(1);
    const planned = screen.getByRole('region', { name: 'Planned batches' });
    expect(within(planned).getByText('10 codes in 1 batch.')).toBeTruthy();
    const plannedCodes = within(planned)
      .getAllByRole('listitem')
      .map((li) => li.textContent ?? '');
    expect(plannedCodes.some((code) => copied.includes(code))).toBe(false);
  });

  it('leaves applied, expired and revoked codes out of every batch', async () => {
    const codes = sparkCodes(6, 6);
    const view = renderPopup();
    await addCodes(
      view.db,
      codes.map((code) => ({ code, raw: code })),
      { duration: 30 },
      clock,
    );
    await addCodes(
      view.db,
      [{ code: sparkCodes(1, 60)[0] ?? '', raw: 'x' }],
      { expiresOn: '2026-01-01' },
      clock,
    );
    await setStatus(view.db, [codes[0] ?? ''], 'applied', clock);
    await setStatus(view.db, [codes[1] ?? ''], 'revoked', clock);
    await setStatus(view.db, [codes[2] ?? ''], 'expired', clock);
    await view.user.click(await screen.findByRole('tab', { name: 'Batches' }));
    await view.user.click(await screen.findByRole('button', { name: 'Plan batches' }));
    expect(await screen.findByText('3 codes in 1 batch.')).toBeTruthy();
    expect(listedCodes(cards()[0] as HTMLElement).sort()).toEqual(codes.slice(3).sort());
  });

  it('says so when nothing can be batched', async () => {
    await planWith([]);
    expect(await screen.findByText(/^No usable codes to batch\./)).toBeTruthy();
  });
});
