import { createI18n } from '@wxt-dev/i18n';
import { cleanup, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fixedClock } from '../../lib/clock';
import { openDatabase } from '../../lib/db/database';
import { defaultSettings } from '../../lib/settings/schema';
import { sparkCodes } from '../../tests/e2e/popup-codes';
import { ServicesProvider, type DashboardServices } from '../dashboard/services';
import { ImportFlow } from './ImportFlow';

const opened: ReturnType<typeof openDatabase>[] = [];
afterEach(() => {
  cleanup();
  opened.splice(0).forEach((db) => db.close());
});

function renderFlow() {
  const db = openDatabase(`import-flow-${Math.random()}`);
  opened.push(db);
  const services: DashboardServices = {
    db,
    getSettings: async () => defaultSettings,
    watchSettings: () => () => {},
    writeClipboard: async () => {},
    clock: fixedClock(Date.UTC(2026, 10, 25, 12), 'UTC'),
    locale: 'en-US',
    t: createI18n().t,
    download: vi.fn(),
  };
  render(
    <ServicesProvider value={services}>
      <ImportFlow />
    </ServicesProvider>,
  );
  return userEvent.setup();
}

const csv = (name: string) =>
  new File([`code,creator\n${sparkCodes(1, 60)[0]},@maya\n`], name, { type: 'text/csv' });

describe('focus through the import steps', () => {
  it('moves to each new step and back to the file picker, never to the page', async () => {
    const user = renderFlow();
    const picker = screen.getByLabelText('Choose a CSV file or a backup');
    await user.upload(picker, csv('codes.csv'));

    const mapping = await screen.findByRole('heading', { name: 'Which column holds what?' });
    await waitFor(() => expect(document.activeElement).toBe(mapping));
    await user.click(screen.getByRole('button', { name: 'Read the file' }));

    const preview = await screen.findByRole('heading', { name: 'Preview of codes.csv' });
    await waitFor(() => expect(document.activeElement).toBe(preview));
    await user.click(screen.getByRole('button', { name: 'Import 1 code' }));

    const result = await screen.findByTestId('import-result');
    await waitFor(() => expect(document.activeElement).toBe(result));
    await user.click(screen.getByRole('button', { name: /another/ }));
    await waitFor(() =>
      expect(document.activeElement).toBe(screen.getByLabelText('Choose a CSV file or a backup')),
    );
  });

  it('Cancel goes back to the file picker', async () => {
    const user = renderFlow();
    await user.upload(screen.getByLabelText('Choose a CSV file or a backup'), csv('other.csv'));
    await screen.findByRole('heading', { name: 'Which column holds what?' });
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    await waitFor(() =>
      expect(document.activeElement).toBe(screen.getByLabelText('Choose a CSV file or a backup')),
    );
  });
});
