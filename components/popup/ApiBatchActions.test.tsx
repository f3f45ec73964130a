import { act, cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { AuthorizeJob } from '../../lib/api/live-schemas';
import { ApiBatchActions } from './ApiBatchActions';
import type { LiveActions } from './live-services';

afterEach(cleanup);

const A = '#s63DdePaj9HjSv2BPcSrDfTxU2X506b2oiwchQ9PIspTLgroZKtjN7PPiFnF+qA=';
const B = '#Qm9vb3RzdHJhcHBpbmdBU3BhcmtDb2RlRm9yVGVzdGluZzEyMzQ1Njc4OTA=';
const C = '#U3RpdGNoQ29kZUZvclRlc3RpbmdTcGFya0Fkc1ByZWZsaWdodDEyMzQ1Njc4=';
const ACCOUNT = '7000000000000000001';

function fakeLive() {
  let publish: (job: AuthorizeJob) => void = () => {};
  const live: LiveActions = {
    hasToken: async () => true,
    authorize: vi.fn(async () => 'job-1'),
    cancel: vi.fn(async () => {}),
    watchJob: (_id, onProgress) => {
      publish = onProgress;
      return () => {};
    },
    syncApplied: vi.fn(),
    refresh: vi.fn(),
    latestJob: vi.fn(async () => null),
    reconcile: vi.fn(async () => ({ job: null })),
  };
  return { live, publish: (job: AuthorizeJob) => act(() => publish(job)) };
}

const job = (state: AuthorizeJob['state'], results: AuthorizeJob['results']): AuthorizeJob => ({
  id: 'job-1',
  advertiserId: ACCOUNT,
  total: 3,
  done: results.length,
  state,
  results,
});

describe('ApiBatchActions', () => {
  it('shows progress, then what failed with its fix, and asks for an original post code', async () => {
    const { live, publish } = fakeLive();
    const user = userEvent.setup();
    render(
      <ApiBatchActions live={live} advertiserId={ACCOUNT} codes={[A, B, C]} label="Batch 1" />,
    );
    await user.click(screen.getByRole('button', { name: 'Authorize via API: Batch 1' }));
    expect(live.authorize).toHaveBeenCalledWith(ACCOUNT, [A, B, C], {});

    publish(job('running', [{ code: A, kind: 'applied' }]));
    expect(screen.getByRole('status').textContent).toBe('Authorizing 1 of 3…');
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(live.cancel).toHaveBeenCalledWith('job-1');

    publish(
      job('finished', [
        { code: A, kind: 'applied' },
        {
          code: B,
          kind: 'failed',
          failure: { message: 'The code has expired.', fix: 'Ask the creator to extend it.' },
        },
        {
          code: C,
          kind: 'needs-original',
          failure: { message: 'This post stitches another.', fix: 'Ask for the original.' },
        },
      ]),
    );
    expect(screen.getByText(/^1 applied · 1 failed · 1 need the original/)).toBeTruthy();
    expect(screen.getByText('Ask the creator to extend it.')).toBeTruthy();

    const original = screen.getByLabelText(/Original post's code/);
    await user.type(original, 'not a code');
    await user.click(screen.getByRole('button', { name: 'Authorize with it' }));
    expect(screen.getByRole('alert').textContent).toMatch(/not a whole Spark code/);
    await user.clear(original);
    await user.type(original, `"${A}"`);
    await user.click(screen.getByRole('button', { name: 'Authorize with it' }));
    expect(live.authorize).toHaveBeenLastCalledWith(ACCOUNT, [C], { [C]: A });
  });

  it('offers to retry codes TikTok never confirmed', async () => {
    const { live, publish } = fakeLive();
    const user = userEvent.setup();
    render(<ApiBatchActions live={live} advertiserId={ACCOUNT} codes={[A, B]} label="Batch 2" />);
    await user.click(screen.getByRole('button', { name: 'Authorize via API: Batch 2' }));
    publish(
      job('finished', [
        { code: A, kind: 'applied' },
        {
          code: B,
          kind: 'unknown',
          failure: { message: 'Could not reach TikTok.', fix: 'Try again' },
        },
      ]),
    );
    await user.click(screen.getByRole('button', { name: 'Retry 1 not confirmed' }));
    expect(live.authorize).toHaveBeenLastCalledWith(ACCOUNT, [B], {});
  });

  it('finds a job the browser stopped, says how many are unconfirmed, and reconciles it', async () => {
    const { live } = fakeLive();
    const interrupted = { ...job('interrupted', [{ code: A, kind: 'applied' }]), codes: [A, B, C] };
    vi.mocked(live.latestJob).mockResolvedValue(interrupted);
    vi.mocked(live.reconcile).mockResolvedValue({
      job: {
        ...interrupted,
        state: 'finished',
        results: [
          { code: A, kind: 'applied' },
          { code: B, kind: 'applied' },
          { code: C, kind: 'unknown', failure: { message: 'Not on the ad account', fix: 'Retry' } },
        ],
      },
    });
    const user = userEvent.setup();
    render(
      <ApiBatchActions live={live} advertiserId={ACCOUNT} codes={[A, B, C]} label="Batch 1" />,
    );

    const line = await screen.findByTestId('job-interrupted');
    expect(line.textContent).toContain('1 applied · 2 unconfirmed');
    expect(screen.queryByRole('button', { name: 'Authorize via API: Batch 1' })).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(live.cancel).toHaveBeenCalledWith('job-1');

    await user.click(screen.getByRole('button', { name: 'Reconcile with TikTok' }));
    expect(live.reconcile).toHaveBeenCalledWith('job-1');
    expect(await screen.findByText(/^2 applied · 0 failed · 1 not confirmed/)).toBeTruthy();
  });

  it('ignores the account’s latest job when it is another batch’s', async () => {
    const { live } = fakeLive();
    const other = '#T3RoZXJCYXRjaENvZGVGb3JUZXN0aW5nU3BhcmtBZHNQcmVmbGlnaHQxMjM0NTY=';
    vi.mocked(live.latestJob).mockResolvedValue({ ...job('interrupted', []), codes: [other] });
    render(
      <ApiBatchActions live={live} advertiserId={ACCOUNT} codes={[A, B, C]} label="Batch 1" />,
    );
    await vi.waitFor(() => expect(live.latestJob).toHaveBeenCalledWith(ACCOUNT));
    expect(screen.getByRole('button', { name: 'Authorize via API: Batch 1' })).toBeTruthy();
    expect(screen.queryByTestId('job-interrupted')).toBeNull();
  });
});
