import { screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { fixedClock } from '../../lib/clock';
import { addCodes } from '../../lib/db/repository';
import { sparkCodes } from '../../tests/e2e/popup-codes';
import { giveListAHeight, NOW, renderPopup } from './test-utils';

const clock = fixedClock(NOW, 'UTC');
const active = () => document.activeElement;

/** A popup with `n` codes valid for 30 days, the list drawn. */
async function withCodes(n: number) {
  const view = renderPopup();
  const codes = sparkCodes(n, 40);
  await addCodes(
    view.db,
    codes.map((code) => ({ code, raw: code })),
    { duration: 30 },
    clock,
  );
  await screen.findByText(`${n} codes`);
  return { ...view, codes };
}

const rows = () => screen.getAllByRole('listitem');

async function planned(n: number) {
  const view = await withCodes(n);
  await view.user.click(screen.getByRole('tab', { name: 'Batches' }));
  await view.user.click(await screen.findByRole('button', { name: 'Plan batches' }));
  const card = (await screen.findAllByRole('article'))[0] as HTMLElement;
  return { ...view, card };
}

/**
 * WCAG 2.5.3 (label in name): a control named with aria-label must contain the words it shows,
 * so a buyer who says "click Mark applied" reaches it.
 */
function expectNamesContainVisibleWords() {
  const named = [...document.querySelectorAll<HTMLElement>('button[aria-label], a[aria-label]')];
  expect(named.length).toBeGreaterThan(0);
  for (const control of named) {
    const visible = (control.textContent ?? '').trim();
    // A symbol alone (×) has no words to say.
    if (!/\p{L}/u.test(visible)) continue;
    expect(control.getAttribute('aria-label')?.toLowerCase()).toContain(visible.toLowerCase());
  }
}

beforeEach(() => {
  giveListAHeight();
});

describe('focus after each popup action', () => {
  it('Copy keeps focus on the row’s Copy button', async () => {
    const { user } = await withCodes(2);
    const copy = within(rows()[0] as HTMLElement).getByRole('button', { name: /^Copy / });
    await user.click(copy);
    await screen.findByText('Code copied to the clipboard.');
    expect(active()).toBe(copy);
  });

  it('Delete hands focus to the toast’s Undo, and Undo to the list', async () => {
    const { user } = await withCodes(3);
    await user.click(within(rows()[0] as HTMLElement).getByRole('button', { name: /^Delete / }));
    await screen.findByText('2 codes');
    const undo = screen.getByRole('button', { name: 'Undo' });
    await waitFor(() => expect(active()).toBe(undo));
    expect(undo.getAttribute('aria-describedby')).toBeTruthy();

    await user.keyboard('{Enter}');
    await screen.findByText('3 codes');
    await waitFor(() => expect(active()).toBe(screen.getByRole('region', { name: 'Code list' })));
  });

  it('Delete selected, then dismissing the toast, lands on the open tab when no list is left', async () => {
    const { user } = await withCodes(2);
    await user.click(screen.getByRole('button', { name: 'Select all shown' }));
    await user.click(screen.getByRole('button', { name: 'Delete selected' }));
    await screen.findByText('Keep every Spark code ready to authorize');
    await waitFor(() => expect(active()).toBe(screen.getByRole('button', { name: 'Undo' })));
    await user.click(screen.getByRole('button', { name: 'Dismiss message' }));
    await waitFor(() => expect(active()).toBe(screen.getByRole('tab', { name: 'Inventory' })));
  });

  it('Save details returns focus to the row’s Edit button', async () => {
    const { user } = await withCodes(2);
    const edit = within(rows()[0] as HTMLElement).getByRole('button', { name: /^Edit / });
    await user.click(edit);
    await user.type(screen.getByRole('textbox', { name: 'Creator handle' }), 'maya');
    await user.click(screen.getByRole('button', { name: 'Save details' }));
    await screen.findByText('Details saved.');
    await waitFor(() => expect(active()).toBe(edit));
  });

  it('Copy on a batch keeps focus on it, now named "Copy again"', async () => {
    const { user, card } = await planned(25);
    const copy = within(card).getByRole('button', { name: 'Copy: Batch 1 (20 codes)' });
    await user.click(copy);
    await within(card).findByText(/^Copied at/);
    expect(active()).toBe(copy);
    expect(copy.getAttribute('aria-label')).toBe('Copy again: Batch 1 (20 codes)');
  });

  it('Mark applied hands focus to Undo, and Undo to the batch', async () => {
    const { user, card } = await planned(25);
    await user.click(within(card).getByRole('button', { name: 'Mark applied: Batch 1' }));
    await within(card).findByText(/^Applied at/);
    await waitFor(() => expect(active()).toBe(screen.getByRole('button', { name: 'Undo' })));

    await user.keyboard('{Enter}');
    await within(card).findByRole('button', { name: 'Mark applied: Batch 1' });
    expect(active()).toBe(within(card).getByRole('heading', { name: 'Batch 1' }));
  });

  it('Save codes moves focus to what was saved; Discard and its Undo keep it in the box', async () => {
    const { user } = renderPopup();
    await user.click(await screen.findByRole('tab', { name: 'Add codes' }));
    const box = await screen.findByLabelText('Paste text with Spark codes');
    const [a, b] = sparkCodes(2, 41) as [string, string];
    await user.click(box);
    await user.paste(a);
    await user.click(await screen.findByRole('button', { name: 'Save 1 code' }));
    const outcome = await screen.findByText(/^Saved 1 new code\./);
    await waitFor(() => expect(active()).toBe(outcome.closest('p')));

    await user.click(box);
    await user.paste(b);
    await user.click(await screen.findByRole('button', { name: 'Discard draft' }));
    expect(active()).toBe(box);
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    await waitFor(() => expect((box as HTMLTextAreaElement).value).toBe(b));
    await waitFor(() => expect(active()).toBe(box));
  });
});

describe('accessible names contain the visible words', () => {
  it('on the inventory, in the editor and on the batches', async () => {
    const { user } = await withCodes(25);
    expectNamesContainVisibleWords();
    await user.click(within(rows()[0] as HTMLElement).getByRole('button', { name: /^Edit / }));
    expectNamesContainVisibleWords();
    await user.click(screen.getByRole('tab', { name: 'Batches' }));
    await user.click(await screen.findByRole('button', { name: 'Plan batches' }));
    await screen.findAllByRole('article');
    expectNamesContainVisibleWords();
  });
});
