import { cleanup, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { defaultSettings, type Settings } from '../../lib/settings/schema';
import { maskToken } from '../../lib/settings/store';
import { OptionsApp } from './OptionsApp';
import type { ConnectionResult, OptionsServices } from './services';

afterEach(cleanup);

const TOKEN = 'abcd1234efgh5678ijkl';

function fakeServices(overrides: Partial<OptionsServices> = {}) {
  let settings: Settings = { ...defaultSettings };
  let token: string | undefined;
  const services: OptionsServices = {
    getSettings: async () => settings,
    updateSettings: async (patch) => (settings = { ...settings, ...patch }),
    getMaskedToken: async () => (token ? maskToken(token) : undefined),
    saveToken: vi.fn(async (value: string) => {
      token = value;
      return true;
    }),
    clearToken: vi.fn(async () => {
      token = undefined;
    }),
    testConnection: vi.fn(async (): Promise<ConnectionResult> => ({
      ok: true,
      accounts: [{ id: '7000000000000000001', name: 'Acme US', country: 'US' }],
    })),
    persistStorage: async () => 'persisted',
    teamStatus: async () => ({ state: 'none' }),
    countCodes: async () => 12,
    onTeamStatus: () => () => undefined,
    joinTeam: vi.fn(async () => ({ ok: false as const, message: 'team_errorRefused' })),
    leaveTeam: async () => ({ state: 'none' }),
    ...overrides,
  };
  return { services, settings: () => settings };
}

describe('options page', () => {
  it('saves a token, then shows only its masked form', async () => {
    const { services } = fakeServices();
    const user = userEvent.setup();
    render(<OptionsApp services={services} />);
    await user.type(screen.getByLabelText('Access token'), TOKEN);
    await user.click(screen.getByRole('button', { name: 'Save token' }));
    expect(services.saveToken).toHaveBeenCalledWith(TOKEN);
    await waitFor(() => expect(screen.getByTestId('token-state').textContent).toMatch('abcd'));
    expect(document.body.textContent).not.toContain(TOKEN);
    expect((screen.getByLabelText('Replace token') as HTMLInputElement).value).toBe('');
  });

  it.each<[string, string[], () => Promise<ConnectionResult>, RegExp]>([
    ['no ad account saved', [], async () => ({ ok: true, accounts: [] }), /not checked yet/],
    [
      'TikTok answers for every saved account',
      ['7000000000000000001'],
      async () => ({ ok: true, accounts: [{ id: '7000000000000000001' }] }),
      /checked: TikTok answered for 1 of 1 ad accounts/,
    ],
    [
      'one account is not granted to the token',
      ['7000000000000000001', '7000000000000000002'],
      async () => ({ ok: true, accounts: [{ id: '7000000000000000001' }] }),
      /1 of 2 ad accounts.*Not granted to this token: 7000000000000000002\./,
    ],
    [
      'TikTok refuses the token',
      ['7000000000000000001'],
      async () => ({ ok: false, message: 'TikTok refused the access token.', fix: 'Check it' }),
      /did not accept it: TikTok refused the access token\. Check it\.$/,
    ],
    [
      'TikTok cannot be reached',
      ['7000000000000000001'],
      async () => Promise.reject(new Error('offline')),
      /could not be checked/,
    ],
  ])('checks a saved token and says so: %s', async (_, ids, answer, said) => {
    const { services } = fakeServices({ testConnection: vi.fn(answer) });
    await services.updateSettings({ accounts: ids.map((id) => ({ id })) });
    const user = userEvent.setup();
    render(<OptionsApp services={services} />);
    await user.type(screen.getByLabelText('Access token'), TOKEN);
    await user.click(screen.getByRole('button', { name: 'Save token' }));
    await waitFor(() => expect(screen.getByText(said)).toBeTruthy());
    if (ids.length === 0) expect(services.testConnection).not.toHaveBeenCalled();
    else expect(services.testConnection).toHaveBeenCalledWith(ids);
  });

  it("explains how to get a token, with a link to TikTok's documentation", async () => {
    const { services } = fakeServices();
    render(<OptionsApp services={services} />);
    expect(screen.getByText('How to get a token')).toBeTruthy();
    const link = screen.getByRole('link', { name: /TikTok API for Business documentation/ });
    expect(link.getAttribute('href')).toMatch(/^https:\/\/business-api\.tiktok\.com\//);
    expect(link.getAttribute('rel')).toContain('noreferrer');
  });

  it('says each preference is saved, and only once it is', async () => {
    const { services, settings } = fakeServices();
    const user = userEvent.setup();
    render(<OptionsApp services={services} />);
    const batch = await screen.findByLabelText('Codes per batch');
    await user.clear(batch);
    await user.type(batch, '25');
    await user.tab();
    expect(await screen.findByText('Saved: Codes per batch is 25.')).toBeTruthy();
    expect(settings().batchSize).toBe(25);
    await user.clear(batch);
    await user.type(batch, '0');
    await user.tab();
    expect((await screen.findByRole('alert')).textContent).toMatch(/from 1 to 100/);
    expect(screen.queryByText(/^Saved:/)).toBeNull();
    expect(settings().batchSize).toBe(25);
  });

  it('keeps the token out when the buyer declines the API permission', async () => {
    const { services } = fakeServices({ saveToken: vi.fn(async () => false) });
    const user = userEvent.setup();
    render(<OptionsApp services={services} />);
    await user.type(screen.getByLabelText('Access token'), TOKEN);
    await user.click(screen.getByRole('button', { name: 'Save token' }));
    expect(await screen.findByText(/not saved/)).toBeTruthy();
    expect(screen.getByTestId('token-state').textContent).toMatch('No token saved');
  });

  it.each([
    ['abc', /advertiser id/i],
    ['12345', null],
  ])('validates the advertiser id %s', async (id, error) => {
    const { services, settings } = fakeServices();
    const user = userEvent.setup();
    render(<OptionsApp services={services} />);
    await user.type(await screen.findByLabelText('Advertiser id'), id);
    await user.click(screen.getByRole('button', { name: 'Add account' }));
    if (error) {
      expect((await screen.findByRole('alert')).textContent).toMatch(error);
      expect(settings().accounts).toEqual([]);
    } else {
      await waitFor(() => expect(settings().accounts).toEqual([{ id }]));
      expect(settings().defaultAdAccountId).toBe(id);
      expect(await screen.findByText(`Saved: ad account ${id} added.`)).toBeTruthy();
    }
  });

  it('records whether an account sells through TikTok Shop, and its store', async () => {
    const { services, settings } = fakeServices();
    const user = userEvent.setup();
    render(<OptionsApp services={services} />);
    await user.type(await screen.findByLabelText('Advertiser id'), '12345');
    await user.click(screen.getByRole('button', { name: 'Add account' }));
    const shop = await screen.findByRole('combobox', { name: 'TikTok Shop for 12345' });
    await user.selectOptions(shop, 'Shop account');
    await waitFor(() => expect(settings().accounts).toEqual([{ id: '12345', shop: true }]));
    await user.type(screen.getByRole('textbox', { name: 'Shop store id for 12345' }), ' 7495 ');
    await user.tab();
    await waitFor(() =>
      expect(settings().accounts).toEqual([{ id: '12345', shop: true, shopStoreId: '7495' }]),
    );
    await user.selectOptions(shop, 'Not a Shop account');
    await waitFor(() => expect(settings().accounts[0]?.shop).toBe(false));
    expect(screen.queryByRole('textbox', { name: 'Shop store id for 12345' })).toBeNull();
    expect(screen.getByText('Saved the TikTok Shop details of 12345.')).toBeTruthy();
  });

  it('fills account details from TikTok on a successful connection test', async () => {
    const { services, settings } = fakeServices();
    const user = userEvent.setup();
    render(<OptionsApp services={services} />);
    await user.type(await screen.findByLabelText('Advertiser id'), '7000000000000000001');
    await user.click(screen.getByRole('button', { name: 'Add account' }));
    await user.click(screen.getByRole('button', { name: 'Test connection' }));
    await waitFor(() =>
      expect(settings().accounts).toEqual([
        { id: '7000000000000000001', name: 'Acme US', country: 'US' },
      ]),
    );
    expect(screen.getByTestId('connection-result').textContent).toMatch('Connected');
  });

  it('explains a failed connection with its fix', async () => {
    const { services } = fakeServices({
      testConnection: async () => ({
        ok: false,
        message: 'Access token is invalid.',
        fix: 'Check the access token.',
      }),
    });
    const user = userEvent.setup();
    render(<OptionsApp services={services} />);
    await user.click(await screen.findByRole('button', { name: 'Test connection' }));
    expect(
      await screen.findByText(/Access token is invalid\. Check the access token\./),
    ).toBeTruthy();
  });
});

describe('focus after each options action', () => {
  const A = '7000000000000000001';
  const B = '7000000000000000002';

  async function renderWith(patch: Partial<Settings>) {
    const { services } = fakeServices();
    await services.updateSettings(patch);
    const user = userEvent.setup();
    render(<OptionsApp services={services} />);
    return { user, services };
  }

  it('Remove token puts focus in the box for a new one', async () => {
    const { user } = await renderWith({});
    await user.type(screen.getByLabelText('Access token'), TOKEN);
    await user.click(screen.getByRole('button', { name: 'Save token' }));
    await user.click(await screen.findByRole('button', { name: 'Remove token' }));
    await screen.findByText(/^Token removed/);
    expect(document.activeElement).toBe(screen.getByLabelText('Access token'));
  });

  it('Remove account moves to the next Remove button, then to the id box', async () => {
    const { user } = await renderWith({
      accounts: [{ id: A }, { id: B }],
      defaultAdAccountId: A,
    });
    await user.click(await screen.findByRole('button', { name: `Remove ${A}` }));
    await waitFor(() =>
      expect(document.activeElement).toBe(screen.getByRole('button', { name: `Remove ${B}` })),
    );
    await user.keyboard('{Enter}');
    await screen.findByText('No accounts yet.');
    expect(document.activeElement).toBe(screen.getByLabelText('Advertiser id'));
  });

  it('Turn on moves to the next page, then to the heading; its name starts with its words', async () => {
    const { user } = await renderWith({
      panel: { ...defaultSettings.panel, disabledPaths: ['/a', '/b'] },
    });
    await user.click(await screen.findByRole('button', { name: 'Turn on: /a' }));
    await waitFor(() =>
      expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Turn on: /b' })),
    );
    await user.keyboard('{Enter}');
    await screen.findByText(/^None: the panel shows/);
    expect(document.activeElement).toBe(
      screen.getByRole('heading', { name: 'Ads Manager pages where the panel is off' }),
    );
  });

  it('saving the renewal template moves focus to the confirmation', async () => {
    const { user } = await renderWith({});
    const box = await screen.findByLabelText('Message template');
    await user.type(box, ' Thanks!');
    await user.click(screen.getByRole('button', { name: 'Save template' }));
    const saved = await screen.findByText('Template saved.');
    expect(document.activeElement).toBe(saved);
    await user.click(box);
    await user.click(screen.getByRole('button', { name: 'Reset to the default' }));
    await waitFor(() => expect(document.activeElement).toBe(saved));
  });
});

describe('team workspace', () => {
  async function fillJoinForm(user: ReturnType<typeof userEvent.setup>) {
    await user.type(screen.getByLabelText('Team server address'), 'team.example.com');
    await user.type(screen.getByLabelText('Invite'), 'invite-text');
    await user.type(screen.getByLabelText('Your name, as teammates see it'), 'Alex');
  }

  it("joins with an invite and shows the team's state, never the token", async () => {
    const joined = {
      state: 'synced' as const,
      team: 'glowco',
      serverUrl: 'https://team.example.com',
      name: 'Alex',
      role: 'buyer' as const,
      codes: 45,
      syncedAt: Date.UTC(2026, 10, 26, 9, 30),
    };
    const joinTeam = vi.fn(async () => ({ ok: true as const, status: joined }));
    const { services } = fakeServices({ joinTeam });
    const user = userEvent.setup();
    render(<OptionsApp services={services} />);
    await fillJoinForm(user);
    expect(
      await screen.findByLabelText('Share the 12 codes already on this browser with the team'),
    ).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Join team' }));
    expect(joinTeam).toHaveBeenCalledWith({
      serverUrl: 'team.example.com',
      invite: 'invite-text',
      name: 'Alex',
      shareExisting: true,
    });
    expect(await screen.findByText('Joined team glowco as buyer.')).toBeTruthy();
    expect(screen.getByTestId('team-state').textContent).toMatch('In sync: 45 team codes');
    expect(document.body.textContent).not.toContain('invite-text');
  });

  it.each([
    [
      'the server refused',
      { ok: false as const, message: 'team_errorRefused', detail: 'This invite was used' },
      /refused the invite\. It said: “This invite was used”/,
    ],
    [
      'the server is down',
      { ok: false as const, message: 'team_errorUnreachable' },
      /could not be reached/,
    ],
  ])('says why joining failed when %s, and keeps what was typed', async (_, answer, shown) => {
    const { services } = fakeServices({ joinTeam: vi.fn(async () => answer) });
    const user = userEvent.setup();
    render(<OptionsApp services={services} />);
    await fillJoinForm(user);
    await user.click(screen.getByRole('button', { name: 'Join team' }));
    await waitFor(() => expect(screen.getByTestId('team-section').textContent).toMatch(shown));
    expect((screen.getByLabelText('Invite') as HTMLInputElement).value).toBe('invite-text');
  });

  it('tells a removed member what happened', async () => {
    const { services } = fakeServices({
      teamStatus: async () => ({
        state: 'refused',
        team: 'glowco',
        name: 'Alex',
        role: 'buyer',
        reason: 'team_refusedRemoved',
      }),
    });
    render(<OptionsApp services={services} />);
    expect((await screen.findByTestId('team-state')).textContent).toMatch(
      'You were removed from this team. Your codes stay on this browser.',
    );
  });
});
