import { act, cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Panel, type PanelActions } from './Panel';
import { PanelApp } from './PanelApp';
import type { PanelRow, RowCheck } from '../../lib/panel/panel-model';
import { checkIds } from '../../lib/preflight/check-result';
import { createPanelStore } from '../../lib/panel/panel-store';

const A = '#s63DdePaj9HjSv2BPcSrDfTxU2X506b2oiwchQ9PIspTLgroZKtjN7PPiFnF+qA=';
const B = '#Qm9vb3RzdHJhcHBpbmdBU3BhcmtDb2RlRm9yVGVzdGluZzEyMzQ1Njc4OTA=';

/** Every check passing on the records, with the checks only TikTok can settle not run. */
function recordedChecks(): RowCheck[] {
  return checkIds.map((id): RowCheck =>
    id === 'revocation' || id === 'original-post'
      ? { id, status: 'unknown', message: 'Not verified live', fix: 'Add a token', liveOnly: true }
      : { id, status: 'pass', message: `${id} fine`, fix: '', source: 'records' },
  );
}

afterEach(cleanup);

function row(overrides: Partial<PanelRow> = {}): PanelRow {
  return {
    key: A,
    code: A,
    raw: A,
    warnings: [],
    occurrences: 1,
    usable: true,
    inventory: 'out',
    endsAt: null,
    checks: [
      { id: 'format', status: 'pass', message: 'Looks like a whole Spark code', fix: '' },
      {
        id: 'revocation',
        status: 'unknown',
        message: 'Cannot tell without an API token',
        fix: 'Add a token in Options',
      },
      { id: 'expiry', status: 'fail', message: 'Expired 3 days ago', fix: 'Ask for a new code' },
    ],
    ...overrides,
  };
}

function noActions(): PanelActions {
  return {
    cleanField: vi.fn(),
    keepOnlyReady: vi.fn(),
    keepFirstBatch: vi.fn(),
    dragPanel: vi.fn(),
    movePanelByKey: vi.fn(),
    undoClean: vi.fn(),
    addToInventory: vi.fn(),
    updatePrefs: vi.fn(),
    dismissError: vi.fn(),
    dismissNotice: vi.fn(),
  };
}

function setup(rows: PanelRow[] = [row()]) {
  const store = createPanelStore();
  store.setState({ rows });
  const actions = noActions();
  render(<Panel store={store} actions={actions} />);
  return { store, actions };
}

describe('Panel', () => {
  it('renders nothing until a field holds a code', () => {
    const { store } = setup([]);
    expect(screen.queryByRole('complementary')).toBeNull();
    act(() => store.setState({ rows: [row()] }));
    expect(screen.getByRole('complementary', { name: 'Spark Preflight' })).toBeTruthy();
  });

  it('announces the summary politely', () => {
    setup();
    const summary = screen.getByRole('status');
    expect(summary.getAttribute('aria-live')).toBe('polite');
    expect(summary.textContent).not.toBe('');
  });

  it('tells unknown from pass in words, not only colour, and gives the fix', async () => {
    setup();
    await userEvent.click(screen.getByRole('button', { name: 'Details for code 1' }));
    const checks = within(screen.getByRole('list', { name: 'Checks for code 1' }));
    const items = checks.getAllByRole('listitem');
    expect(items[0]?.textContent).toContain('Pass');
    expect(items[1]?.textContent).toContain('Unknown');
    expect(items[1]?.textContent).toContain('Fix: Add a token in Options');
    expect(items[2]?.textContent).toContain('Fail');
    expect(items[0]?.textContent).not.toContain('Fix:');
  });

  it('offers to add a code that is not in the inventory, with its details filled from the field', async () => {
    const { actions, store } = setup();
    act(() =>
      store.setState({
        fieldText: `From @mia.lopez: ${A} (30 days) https://www.tiktok.com/@mia.lopez/video/7300000000000000001`,
      }),
    );
    expect(screen.getByText('Not in your inventory yet.')).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Add to inventory…' }));
    // The form loads with the first add.
    const form = await screen.findByRole('form', { name: 'Details for code 1' });
    const creator = within(form).getByRole('textbox', { name: 'Creator' });
    // The form opens on its first input, filled with what the code's own line says.
    expect(document.activeElement).toBe(creator);
    expect(creator).toHaveProperty('value', '@mia.lopez');
    expect(within(form).getByRole('textbox', { name: 'Post URL' })).toHaveProperty(
      'value',
      'https://www.tiktok.com/@mia.lopez/video/7300000000000000001',
    );
    const term = within(form).getByRole('textbox', { name: 'How long it lasts' });
    expect(term).toHaveProperty('value', '30 days');
    await userEvent.clear(term);
    await userEvent.type(term, '60 days');
    await userEvent.click(within(form).getByRole('button', { name: 'Add to inventory' }));
    expect(actions.addToInventory).toHaveBeenCalledWith(A, {
      creatorHandle: '@mia.lopez',
      expectedPost: 'https://www.tiktok.com/@mia.lopez/video/7300000000000000001',
      term: '60 days',
    });
    // Added: the row is in the inventory now, the form goes and focus stays on the row.
    act(() => store.setState({ rows: [row({ inventory: 'in', record: { status: 'new' } })] }));
    expect(screen.queryByRole('form')).toBeNull();
    expect(document.activeElement?.textContent).toMatch(/^Code 1:/);
  });

  it('says which detail does not read and keeps what the buyer typed', async () => {
    const { actions } = setup();
    await userEvent.click(screen.getByRole('button', { name: 'Add to inventory…' }));
    // The form loads with the first add.
    const form = await screen.findByRole('form', { name: 'Details for code 1' });
    const term = within(form).getByRole('textbox', { name: 'How long it lasts' });
    await userEvent.type(term, 'for a while');
    await userEvent.click(within(form).getByRole('button', { name: 'Add to inventory' }));
    expect(actions.addToInventory).not.toHaveBeenCalled();
    expect(term.getAttribute('aria-invalid')).toBe('true');
    expect(document.activeElement).toBe(term);
    expect(term).toHaveProperty('value', 'for a while');
    // Escape closes the form and gives focus back to the button that opened it.
    await userEvent.keyboard('{Escape}');
    expect(screen.queryByRole('form')).toBeNull();
    await new Promise((resolve) => setTimeout(resolve));
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Add to inventory…' }));
  });

  it('offers no add for a code that is not complete', () => {
    setup([row({ usable: false })]);
    expect(screen.queryByRole('button', { name: /Add to inventory/ })).toBeNull();
  });

  it('shows the post TikTok says the code points to, and drops a cover that will not load', () => {
    setup([
      row({
        post: {
          itemId: '7301234567890123456',
          caption: 'Summer drop: the new serum',
          creatorName: 'Mia Lopez',
          coverUrl: 'https://p16-sign.tiktokcdn.com/obj/cover.jpeg',
        },
      }),
    ]);
    const post = screen.getByRole('figure');
    expect(within(post).getByText('Post by Mia Lopez on TikTok')).toBeTruthy();
    expect(within(post).getByText('“Summer drop: the new serum”')).toBeTruthy();
    const cover = post.querySelector('img');
    expect(cover?.getAttribute('loading')).toBe('lazy');
    expect(cover?.getAttribute('alt')).toBe('');
    act(() => {
      cover?.dispatchEvent(new Event('error'));
    });
    expect(post.querySelector('img')).toBeNull();
  });

  it.each([
    [{ amount: 1240, currency: 'USD', readAt: 0 }, 'Spent $1,240 in 7 days'],
    [{ amount: 12.5, currency: 'GBP', readAt: 0 }, 'Spent £12.50 in 7 days'],
    [{ amount: 3, readAt: 0 }, 'Spent 3 in 7 days'],
  ])('says what a known code spent in 7 days: %j', (spent7, line) => {
    setup([row({ inventory: 'in', spent7 })]);
    expect(screen.getByText(line)).toBeTruthy();
  });

  it('says nothing about spend when no figure is known', () => {
    setup([row({ inventory: 'in' })]);
    expect(screen.queryByText(/^Spent /)).toBeNull();
  });

  it('shows what the inventory knows about a kept code', () => {
    setup([
      row({
        inventory: 'in',
        record: {
          status: 'failed',
          creatorHandle: 'maya',
          failureReason: 'Ads Manager: This code has expired',
          adAccountId: '7000000000000000999',
        },
      }),
    ]);
    expect(screen.queryByRole('button', { name: 'Add to inventory' })).toBeNull();
    expect(screen.getByText(/In your inventory: failed before · @maya/)).toBeTruthy();
    expect(screen.getByText('Last failure: Ads Manager: This code has expired')).toBeTruthy();
  });

  it('cleans, minimises, moves and switches off through its buttons', async () => {
    const { actions, store } = setup();
    await userEvent.click(screen.getByRole('button', { name: 'Clean field' }));
    expect(actions.cleanField).toHaveBeenCalled();
    await userEvent.click(screen.getByRole('button', { name: 'Minimise' }));
    expect(actions.updatePrefs).toHaveBeenCalledWith({ collapsed: true });
    await userEvent.click(screen.getByRole('button', { name: 'Move left' }));
    expect(actions.updatePrefs).toHaveBeenCalledWith({ side: 'left' });
    await userEvent.click(screen.getByRole('button', { name: 'Off here' }));
    expect(actions.updatePrefs).toHaveBeenCalledWith({ disabledHere: true });

    // Off leaves nothing behind: the page gets its space back, the popup turns it on again.
    act(() => store.setState({ prefs: { side: 'left', collapsed: false, disabledHere: true } }));
    expect(screen.queryByRole('complementary')).toBeNull();
  });

  it('minimised, shows only a small tab that opens the panel again', async () => {
    const store = createPanelStore();
    store.setState({
      rows: [row()],
      prefsKnown: true,
      prefs: { side: 'right', collapsed: true, disabledHere: false },
    });
    const actions = { ...noActions(), updatePrefs: vi.fn() };
    const post = vi.fn();
    render(<PanelApp store={store} actions={actions} post={post} />);
    expect(screen.queryByRole('list', { name: 'Codes in the field' })).toBeNull();
    await userEvent.click(screen.getByRole('button', { name: /^Open Spark Preflight/ }));
    expect(actions.updatePrefs).toHaveBeenCalledWith({ collapsed: false });
    expect(post).toHaveBeenCalledWith(expect.objectContaining({ type: 'size' }));
  });

  it("shows Ads Manager's answer with its fix and whether it was saved", () => {
    setup([
      row({
        answer: {
          outcome: 'failed',
          text: 'This code has expired',
          fix: 'Ask the creator to extend the authorization, or to send a new code.',
          saved: 'saved',
        },
      }),
    ]);
    expect(screen.getByText(/This code has expired/)).toBeTruthy();
    expect(screen.getByText('Saved on the code in your inventory.')).toBeTruthy();
  });

  it('shows its own errors with a way to dismiss them', async () => {
    const { actions, store } = setup();
    act(() => store.setState({ error: 'Something went wrong in the panel: boom' }));
    expect(screen.getByRole('alert').textContent).toContain('boom');
    await userEvent.click(
      within(screen.getByRole('alert')).getByRole('button', { name: 'Dismiss' }),
    );
    expect(actions.dismissError).toHaveBeenCalled();
  });

  it('gives each code one verdict with the one fix, failing codes first', () => {
    setup([
      { ...row({ key: B, code: B, raw: B, inventory: 'in' }), checks: recordedChecks() },
      row(),
    ]);
    const rows = within(screen.getByRole('list', { name: 'Codes in the field' }))
      .getAllByRole('listitem')
      .filter((item) => item.classList.contains('sp-row'));
    // The expired code is the second in the field but shows first, still named by its place.
    expect(rows[0]?.textContent).toMatch(
      /^✕Blocked.*Code 2:.*Expired 3 days ago Fix: Ask for a new code/,
    );
    expect(rows[1]?.textContent).toMatch(/^✓Ready \(from your records\).*Code 1:/);
    expect(screen.getByRole('status').textContent).toBe('1 ready · 1 to remove');
  });

  it('says once for the whole panel that live checks were not run, never per code', () => {
    const recorded = (code: string) => ({
      ...row({ key: code, code, raw: code, inventory: 'in' as const }),
      checks: recordedChecks(),
    });
    const { store } = setup([recorded(A), recorded(B)]);
    expect(screen.getAllByText('Live status not checked: connect TikTok in Options')).toHaveLength(
      1,
    );
    // The per-check lines stay in the details, folded away and not drawn until opened.
    expect(screen.queryAllByRole('list', { name: /Checks for code/, hidden: true })).toEqual([]);
    expect(screen.queryAllByText('Not verified live')).toEqual([]);
    act(() => store.setState({ liveEnabled: true, rows: [row()] }));
    expect(screen.queryByText(/Live status not checked/)).toBeNull();
  });

  it('never calls a code with an unknown expiry ready', () => {
    const checks = recordedChecks().map((check) =>
      check.id === 'expiry'
        ? { ...check, status: 'unknown' as const, message: 'Expiry not known', fix: 'Record it' }
        : check,
    );
    setup([{ ...row(), checks }]);
    const verdictRow = screen.getByRole('listitem', { name: /Code 1/ });
    expect(verdictRow.textContent).toMatch(/^\?Not checked.*Expiry not known Fix: Record it/);
    expect(screen.getByRole('status').textContent).toBe('1 not checked');
  });

  it('opens and closes the details from the keyboard, saying whether they are open', async () => {
    setup();
    const details = screen.getByRole('button', { name: 'Details for code 1' });
    expect(details.getAttribute('aria-expanded')).toBe('false');
    const region = document.getElementById(details.getAttribute('aria-controls') ?? '');
    expect(region?.hidden).toBe(true);
    details.focus();
    await userEvent.keyboard('{Enter}');
    expect(details.getAttribute('aria-expanded')).toBe('true');
    expect(region?.hidden).toBe(false);
    const list = screen.getByRole('list', { name: 'Checks for code 1' });
    expect(list.parentElement).toBe(region);
    expect(within(list).getAllByRole('listitem')).toHaveLength(3);
    await userEvent.keyboard(' ');
    expect(details.getAttribute('aria-expanded')).toBe('false');
    expect(region?.hidden).toBe(true);
  });

  it('offers Keep only ready codes beside Clean field when it would change the field', async () => {
    const ready = {
      ...row({ key: B, code: B, raw: B, inventory: 'in' }),
      checks: recordedChecks(),
    };
    const { actions, store } = setup([ready, row()]);
    const keep = screen.getByRole('button', { name: 'Keep only ready codes' });
    await userEvent.click(keep);
    expect(actions.keepOnlyReady).toHaveBeenCalled();
    // Nothing to take out, or nothing to keep: the button would do nothing useful.
    act(() => store.setState({ rows: [ready] }));
    expect(keep.hasAttribute('disabled')).toBe(true);
    act(() => store.setState({ rows: [row()] }));
    expect(keep.hasAttribute('disabled')).toBe(true);
  });
});
