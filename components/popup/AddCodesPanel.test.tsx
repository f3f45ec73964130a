import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { fixedClock } from '../../lib/clock';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { num } from '../common/i18n';
import { serveJobs, WorkerJobError } from '../work/worker-jobs';
import { channelWorker } from '../work/worker-jobs.testing';
import {
  pasteJobSchema,
  READ_IN_PAGE_CHARS,
  readPasteNow,
  workerPasteReader,
  type PasteAnswer,
  type PasteJob,
} from './paste-reading';
import { addCodes, getCodes, listCodes } from '../../lib/db/repository';
import { sparkCodes } from '../../tests/e2e/popup-codes';
import { memoryArea } from '../../lib/settings/add-draft';
import { giveListAHeight, NOW, renderPopup } from './test-utils';

const [A, B] = sparkCodes(2, 11) as [string, string];
/** The start of a real code, as a chat app that cut the message would leave it. */
const CUT_OFF = '#s63DdePaj9HjSv2B';

async function openAddTab(user: ReturnType<typeof renderPopup>['user']) {
  await user.click(await screen.findByRole('tab', { name: 'Add codes' }));
  return screen.findByLabelText('Paste text with Spark codes');
}

// The preview list draws only the rows in its scroll box's height.
beforeEach(giveListAHeight);

describe('Add codes', () => {
  it('previews what a messy paste holds, then saves it with the shared details', async () => {
    const { user, db } = renderPopup();
    await addCodes(db, [{ code: A, raw: A }], { creatorHandle: 'already' }, fixedClock(NOW));
    const box = await openAddTab(user);
    await user.click(box);
    await user.paste(`hey! Code: "${A}"\nand ${B}\n${B}.\nalso ${CUT_OFF}… #fyp`);

    expect(
      await screen.findByText(
        /^Found 2 codes: 1 new, 1 already saved\. 1 code pasted more than once/,
      ),
    ).toBeTruthy();
    const found = screen.getByRole('region', { name: 'Codes found' });
    expect(
      screen.getByText(/1 fragment rejected\. The new ones are not saved yet: Save adds 1\.$/),
    ).toBeTruthy();
    const items = within(found).getAllByRole('listitem');
    expect(items.map((li) => li.querySelector('code')?.textContent)).toEqual([A, B]);
    expect(within(items[0] as HTMLElement).getByText('Already saved')).toBeTruthy();
    expect(within(items[1] as HTMLElement).getByText('2× in paste')).toBeTruthy();

    await user.type(screen.getByRole('textbox', { name: 'Creator handle' }), '@maya');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Duration' }), '30');
    await user.type(screen.getByRole('combobox', { name: 'Ad account' }), '7000000000000000001');
    await user.click(screen.getByRole('button', { name: 'Save 2 codes' }));

    expect(
      await screen.findByText(/^Saved 1 new code\. 1 code already in your inventory/),
    ).toBeTruthy();
    const stored = await getCodes(db, [A, B]);
    expect(stored.get(B)).toMatchObject({
      creatorHandle: 'maya',
      duration: 30,
      adAccountId: '7000000000000000001',
      status: 'new',
    });
    // Known codes keep what they had; only blanks are filled.
    expect(stored.get(A)?.creatorHandle).toBe('already');
    expect(stored.get(A)?.duration).toBe(30);
  });

  it('lists rejected fragments with the reason and keeps them in the box after saving', async () => {
    const { user, db } = renderPopup();
    const box = await openAddTab(user);
    await user.click(box);
    await user.paste(`${A}\n${CUT_OFF}`);
    await screen.findByText(
      /^Found 1 code: 1 new\. 1 fragment rejected\. Not saved yet: Save adds it\.$/,
    );
    const rejected = screen.getByRole('region', { name: 'Not saved: could not be read' });
    const item = within(rejected).getByRole('listitem');
    expect(item.textContent).toContain(CUT_OFF);
    expect(item.textContent).toMatch(/Too short to be a Spark code/);

    await user.click(screen.getByRole('button', { name: 'Save 1 code' }));
    await screen.findByText(/1 fragment could not be read and was left in the box/);
    expect((box as HTMLTextAreaElement).value).toBe(CUT_OFF);
    expect((await listCodes(db)).records.map((r) => r.code)).toEqual([A]);
  });

  it('never saves a half-typed code: it stays in the box with the reason', async () => {
    const { user, db } = renderPopup();
    const box = await openAddTab(user);
    await user.click(box);
    // 26 characters: long enough to look like a code, too short to be a whole one.
    const typed = A.slice(0, 26);
    await user.paste(`${A}\n${typed}`);
    await screen.findByText(/^Found 2 codes/);
    await user.click(screen.getByRole('button', { name: 'Save 2 codes' }));
    await screen.findByText(/1 incomplete code was not saved and stays in the box/);
    expect((box as HTMLTextAreaElement).value).toBe(typed);
    expect((await listCodes(db)).records.map((r) => r.code)).toEqual([A]);
  });

  it('turns a code pasted without its # into a code when the buyer says so', async () => {
    const { user } = renderPopup();
    const box = await openAddTab(user);
    await user.click(box);
    await user.paste(`code is ${A.slice(1)} thanks`);
    const rejected = await screen.findByRole('region', { name: 'Not saved: could not be read' });
    await user.click(within(rejected).getByRole('button', { name: 'Add the # and keep it' }));
    await screen.findByText(/^Found 1 code: 1 new\. Not saved yet: Save adds it\.$/);
    expect((box as HTMLTextAreaElement).value).toBe(`code is ${A} thanks`);
  });

  it('says plainly when a paste holds no codes', async () => {
    const { user } = renderPopup();
    const box = await openAddTab(user);
    await user.click(box);
    await user.paste('Thanks for the call today! Talk soon.');
    expect(await screen.findByText(/^No Spark codes found\./)).toBeTruthy();
    expect((screen.getByRole('button', { name: 'Save codes' }) as HTMLButtonElement).disabled).toBe(
      true,
    );
  });

  it('refuses bad details before anything is saved', async () => {
    const { user, db } = renderPopup();
    const box = await openAddTab(user);
    await user.click(box);
    await user.paste(A);
    await screen.findByText(/^Found 1 code/);
    await user.type(screen.getByRole('textbox', { name: 'Creator region' }), 'U1');
    await user.click(screen.getByRole('button', { name: 'Save 1 code' }));
    const region = screen.getByRole('textbox', { name: 'Creator region' });
    expect(region.getAttribute('aria-invalid')).toBe('true');
    const description = (region.getAttribute('aria-describedby') ?? '')
      .split(' ')
      .map((id) => document.getElementById(id)?.textContent)
      .join(' ');
    expect(description).toMatch(/two-letter country code/);
    expect((await listCodes(db)).records).toHaveLength(0);
  });

  it(
    'lists every code of a big paste, drawing only the rows in view, and saves every code',
    { timeout: 30_000 },
    async () => {
      const { user, db } = renderPopup();
      const codes = sparkCodes(600, 3);
      const box = await openAddTab(user);
      await user.click(box);
      await user.paste(codes.join('\n'));
      expect(
        await screen.findByText(/^Found 600 codes: 600 new\. Not saved yet: Save adds all 600\./),
      ).toBeTruthy();
      const list = within(screen.getByRole('region', { name: 'Codes found' })).getByRole('list');
      const drawn = within(list).getAllByRole('listitem');
      // 220 px of 74 px rows, plus the few drawn ahead on either side.
      expect(drawn.length).toBeGreaterThan(0);
      expect(drawn.length).toBeLessThan(20);
      expect(drawn[0]?.getAttribute('aria-setsize')).toBe('600');
      expect(drawn[0]?.getAttribute('aria-posinset')).toBe('1');

      const scroller = screen.getByRole('region', { name: 'Codes found in the paste' });
      scroller.scrollTop = 500 * 74;
      fireEvent.scroll(scroller);
      await waitFor(() =>
        expect(
          within(list)
            .getAllByRole('listitem')
            .map((row) => row.textContent),
        ).toEqual(expect.arrayContaining([expect.stringContaining(codes[500] as string)])),
      );
      expect(within(list).queryByText(codes[0] as string)).toBeNull();

      await user.click(screen.getByRole('button', { name: 'Save 600 codes' }));
      await waitFor(async () => expect((await listCodes(db)).records).toHaveLength(600), {
        timeout: 10_000,
        interval: 500,
      });
      await screen.findByText(/^Saved 600 new codes\./, undefined, { timeout: 10_000 });
    },
  );
});

describe('Add codes: each code its own details', () => {
  it('suggests each code’s creator, post and length from its line; shared details fill the rest', async () => {
    const { user, db } = renderPopup();
    const box = await openAddTab(user);
    await user.click(box);
    await user.paste(
      [
        `[10:42] Sam: @mia.lopez ${A} https://www.tiktok.com/@mia.lopez/video/7301234567890123456`,
        `[10:43] Sam: ${B} from @leo_k, 60 days`,
        'Best,',
        'Sam | @sam_agency',
      ].join('\n'),
    );
    await screen.findByText(/^Found 2 codes/);
    const creatorA = screen.getByRole('textbox', {
      name: `Creator for ${A.slice(0, 9)}…${A.slice(-3)}`,
    });
    expect((creatorA as HTMLInputElement).value).toBe('@mia.lopez');
    const lengthB = screen.getByRole('textbox', {
      name: `Length or end for ${B.slice(0, 9)}…${B.slice(-3)}`,
    });
    expect((lengthB as HTMLInputElement).value).toBe('60 days');

    // The buyer corrects one suggestion; the shared length fills only the code without one.
    await user.clear(creatorA);
    await user.type(creatorA, '@mia_real');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Duration' }), '30');
    await user.type(screen.getByRole('textbox', { name: 'Creator handle' }), '@shared');
    await user.click(screen.getByRole('button', { name: 'Save 2 codes' }));
    await screen.findByText(/^Saved 2 new codes\./);
    const stored = await getCodes(db, [A, B]);
    expect(stored.get(A)).toMatchObject({
      creatorHandle: 'mia_real',
      expectedPost: 'https://www.tiktok.com/@mia.lopez/video/7301234567890123456',
      duration: 30,
    });
    expect(stored.get(B)).toMatchObject({ creatorHandle: 'leo_k', duration: 60 });
  });

  it('points at a per-code value it cannot read and saves nothing', async () => {
    const { user, db } = renderPopup();
    const box = await openAddTab(user);
    await user.click(box);
    await user.paste(A);
    await screen.findByText(/^Found 1 code/);
    const length = screen.getByRole('textbox', { name: /^Length or end for / });
    await user.type(length, 'soonish');
    await user.click(screen.getByRole('button', { name: 'Save 1 code' }));
    await waitFor(() => expect(document.activeElement).toBe(length));
    expect(length.getAttribute('aria-invalid')).toBe('true');
    expect(
      document.getElementById(length.getAttribute('aria-describedby') ?? '')?.textContent,
    ).toMatch(/Write a length/);
    expect((await listCodes(db)).records).toHaveLength(0);
  });
});

describe('Add codes: the draft', () => {
  it('comes back in a new popup, with its details, until it is saved', async () => {
    const area = memoryArea();
    const first = renderPopup({}, area);
    const box = await openAddTab(first.user);
    await first.user.click(box);
    await first.user.paste(`@mia.lopez ${A}`);
    await first.user.type(screen.getByRole('textbox', { name: 'Creator region' }), 'US');
    await waitFor(() =>
      expect(area.data.get('addDraft')).toMatchObject({ form: { creatorRegion: 'US' } }),
    );
    first.unmount();

    const second = renderPopup({}, area);
    const restored = (await openAddTab(second.user)) as HTMLTextAreaElement;
    await waitFor(() => expect(restored.value).toBe(`@mia.lopez ${A}`));
    expect(screen.getByText(/Your paste from last time is back\. It is not saved/)).toBeTruthy();
    expect(
      (screen.getByRole('textbox', { name: 'Creator region' }) as HTMLInputElement).value,
    ).toBe('US');
    await second.user.click(await screen.findByRole('button', { name: 'Save 1 code' }));
    await screen.findByText(/^Saved 1 new code\./);
    await waitFor(() => expect(area.data.has('addDraft')).toBe(false));
  });

  it('is written at once when the page hides, before the pause after typing', async () => {
    const area = memoryArea();
    const { user } = renderPopup({}, area);
    const box = await openAddTab(user);
    await user.click(box);
    await user.paste(A);
    window.dispatchEvent(new Event('pagehide'));
    await waitFor(() => expect(area.data.get('addDraft')).toMatchObject({ text: A }));
  });

  it('is discarded only when asked, and Undo brings it back', async () => {
    const area = memoryArea();
    const { user } = renderPopup({}, area);
    const box = (await openAddTab(user)) as HTMLTextAreaElement;
    await user.click(box);
    await user.paste(A);
    await waitFor(() => expect(area.data.has('addDraft')).toBe(true));
    await user.click(screen.getByRole('button', { name: 'Discard draft' }));
    expect(box.value).toBe('');
    await waitFor(() => expect(area.data.has('addDraft')).toBe(false));
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    await waitFor(() => expect(box.value).toBe(A));
    await waitFor(() => expect(area.data.get('addDraft')).toMatchObject({ text: A }));
  });

  it('says plainly when a paste is too large to keep as a draft', async () => {
    const area = memoryArea();
    const { user } = renderPopup({}, area);
    const box = await openAddTab(user);
    await user.click(box);
    await user.paste(`${A}\n${'x'.repeat(2.2 * 1024 * 1024)}`);
    expect(
      await screen.findByText(
        /more than the 2\.0 MB a draft can hold, so it is not kept/,
        undefined,
        {
          timeout: 5_000,
        },
      ),
    ).toBeTruthy();
    expect(area.data.has('addDraft')).toBe(false);
  });
});

describe('Add codes: a big paste is read in the worker', () => {
  /** Enough codes to pass the size read on the page. */
  const many = sparkCodes(Math.ceil(READ_IN_PAGE_CHARS / 40), 5);
  const bigPaste = `From @mia, 30 days:\n${many.join('\n')}`;

  it('reads the same codes and details in the worker as on the page', async () => {
    const read = workerPasteReader(() =>
      channelWorker((scope) => serveJobs(scope, pasteJobSchema, readPasteNow)),
    );
    const job = { text: bigPaste, today: '2026-11-25' };
    expect(await read(job)).toEqual(readPasteNow(job));
    read.dispose();
  });

  it('says it is reading, keeps the box, then shows every code', async () => {
    let answer: () => void = () => {};
    const readPaste = vi.fn(
      (job: PasteJob) =>
        new Promise<PasteAnswer>((resolve) => {
          answer = () => resolve(readPasteNow(job));
        }),
    );
    const { user } = renderPopup({}, undefined, { readPaste });
    const box = (await openAddTab(user)) as HTMLTextAreaElement;
    await user.click(box);
    await user.paste(bigPaste);
    expect(await screen.findByText('Reading the paste…')).toBeTruthy();
    expect(box.value).toBe(bigPaste);
    expect(screen.getByRole('button', { name: 'Save codes' }).hasAttribute('disabled')).toBe(true);
    answer();
    expect(
      await screen.findByText(
        new RegExp(`^Found ${num(many.length)} codes: ${num(many.length)} new\\.`),
      ),
    ).toBeTruthy();
    expect(readPaste).toHaveBeenCalledWith({ text: bigPaste, today: '2026-11-25' });
  });

  it('says plainly when the worker fails, and loses nothing typed', async () => {
    const readPaste = vi.fn(async () => {
      throw new WorkerJobError('Script failed to load.');
    });
    const { user } = renderPopup({}, undefined, { readPaste });
    const box = (await openAddTab(user)) as HTMLTextAreaElement;
    await user.click(box);
    await user.paste(bigPaste);
    expect((await screen.findByRole('alert')).textContent).toBe(
      'The paste could not be read (Script failed to load.). It is still in the box: try again, or paste it in smaller parts.',
    );
    expect(box.value).toBe(bigPaste);
  });

  it('shows only the answer for the latest text when an older one comes back late', async () => {
    const answers: (() => void)[] = [];
    const readPaste = vi.fn(
      (job: PasteJob) =>
        new Promise<PasteAnswer>((resolve) => answers.push(() => resolve(readPasteNow(job)))),
    );
    const { user } = renderPopup({}, undefined, { readPaste });
    const box = await openAddTab(user);
    await user.click(box);
    await user.paste(bigPaste);
    await waitFor(() => expect(readPaste).toHaveBeenCalledTimes(1));
    await user.paste(`\n${many[0]}x`);
    await waitFor(() => expect(readPaste).toHaveBeenCalledTimes(2));
    answers[1]?.();
    const latest = await screen.findByText(/^Found \S+ codes/);
    answers[0]?.();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(screen.getByText(/^Found \S+ codes/)).toBe(latest);
    expect(latest.textContent).toMatch(/1 fragment rejected/);
  });
});

describe('Add codes: a paste too long to draw', () => {
  it('is held folded away, read whole, saved whole, and shown again on request', async () => {
    const codes = sparkCodes(1_300, 6);
    const text = codes.join('\n');
    const { user, db } = renderPopup();
    const box = (await openAddTab(user)) as HTMLTextAreaElement;
    await user.click(box);
    await user.paste(text);
    expect(
      await screen.findByText(
        `The box holds ${num(text.length)} characters, folded away so the popup stays quick to answer. Nothing is lost: the codes are read from all of it.`,
        { exact: false },
      ),
    ).toBeTruthy();
    // Not drawn: hidden, and empty while the text is held beside it.
    expect(box.hidden).toBe(true);
    expect(box.value).toBe('');
    const show = screen.getByRole('button', { name: 'Show the text (slow)' });
    await waitFor(() => expect(document.activeElement).toBe(show));
    expect(await screen.findByText(/^Found 1,300 codes: 1,300 new\./)).toBeTruthy();

    await user.click(show);
    expect(box.hidden).toBe(false);
    expect(box.value).toBe(text);
    await waitFor(() => expect(document.activeElement).toBe(box));

    await user.click(screen.getByRole('button', { name: 'Save 1,300 codes' }));
    await waitFor(async () => expect((await listCodes(db)).records).toHaveLength(1_300), {
      timeout: 10_000,
      interval: 500,
    });
  });
});
