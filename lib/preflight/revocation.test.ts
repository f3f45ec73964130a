import { describe, it } from 'vitest';
import { revocationCheck } from './revocation';
import {
  type CheckCase,
  DAY,
  expectCheck,
  facts,
  failure,
  FAULT_REASONS,
  makeRecord,
  NOW,
} from './test-fixtures';

const TURN_BACK_ON = /turn "Ad authorization" back on and send a fresh code/;

describe('revocationCheck', () => {
  const cases: CheckCase[] = [
    ...['AUTHORIZED', 'in_use', 'Not_Used', ' AUTHORIZED '].map((authStatus) => ({
      name: `live status ${authStatus}`,
      input: { live: facts({ authStatus }) },
      status: 'pass' as const,
      message: 'TikTok confirms the authorization is active',
      fix: '' as const,
    })),
    ...['DELETED', 'revoked', 'Cancelled', 'UNAUTHORIZED'].map((authStatus) => ({
      name: `live status ${authStatus}`,
      input: { live: facts({ authStatus }) },
      status: 'fail' as const,
      message: 'The creator revoked this code or turned off ad authorization',
      fix: TURN_BACK_ON,
    })),
    {
      name: 'TikTok says revoked / not found',
      input: { live: failure('revoked', true) },
      status: 'fail',
      message: 'The creator revoked this code or turned off ad authorization',
      fix: TURN_BACK_ON,
    },
    {
      name: 'post deleted or private (4002)',
      input: { live: failure('post_unavailable', true, { apiCode: 4002 }) },
      status: 'fail',
      message: 'The post was deleted or set to private',
      fix: /restore the post, or pick another post/,
    },
    {
      name: 'unsupported post type (4027)',
      input: { live: failure('unsupported_post', true, { apiCode: 4027 }) },
      status: 'fail',
      message: /does not allow this type of post/,
      fix: /^Pick another post$/,
    },
    {
      name: 'post under review (900012)',
      input: { live: failure('post_restricted', true, { apiCode: 900012 }) },
      status: 'warn',
      message: 'The post is under review or restricted by TikTok',
      fix: /Wait for the review to finish, or pick another post/,
    },
    {
      name: 'marked revoked in the inventory',
      input: { record: makeRecord({ status: 'revoked' }) },
      status: 'fail',
      message: 'Marked as revoked in your inventory',
      fix: TURN_BACK_ON,
    },
    {
      name: 'an earlier lookup already saw it deleted',
      input: { record: makeRecord({ live: facts({ authStatus: 'DELETED' }) }) },
      status: 'fail',
      message: 'The creator revoked this code or turned off ad authorization',
      fix: TURN_BACK_ON,
    },
    {
      name: 'an earlier definitive "revoked" is kept',
      input: { record: makeRecord({ live: failure('revoked', true) }) },
      status: 'fail',
      message: /revoked this code/,
      fix: TURN_BACK_ON,
    },
    {
      name: 'fresh "active" overrules an old revoked mark',
      input: { record: makeRecord({ status: 'revoked' }), live: facts({ authStatus: 'IN_USE' }) },
      status: 'pass',
      message: 'TikTok confirms the authorization is active',
      fix: '',
    },
    {
      name: 'no live lookup',
      input: { record: makeRecord() },
      status: 'unknown',
      message: 'Not verified live: only TikTok can tell whether the creator revoked it',
      fix: /API token/,
    },
    {
      name: 'not in the inventory, no live lookup',
      input: {},
      status: 'unknown',
      message: /^Not verified live/,
      fix: /API token/,
    },
    {
      name: 'active in an earlier lookup only',
      input: {
        record: makeRecord({
          live: { kind: 'facts', facts: { fetchedAt: NOW - 3 * DAY, authStatus: 'AUTHORIZED' } },
        }),
      },
      status: 'unknown',
      message: 'Was active when last checked on Jun 12, 2026; not verified live since',
      fix: /API token/,
    },
    {
      name: 'TikTok shows it expired: not this check to say',
      input: { live: facts({ authStatus: 'EXPIRED' }) },
      status: 'unknown',
      message: 'Could not tell whether it was revoked: TikTok shows it as expired',
      fix: '',
    },
    {
      name: 'TikTok verdict owned by another check',
      input: { live: failure('expired', true) },
      status: 'unknown',
      message: 'Could not tell whether it was revoked: TikTok said expired',
      fix: '',
    },
    {
      name: 'an unfamiliar status',
      input: { live: facts({ authStatus: 'PENDING_REVIEW' }) },
      status: 'unknown',
      message: 'TikTok reported an unfamiliar authorization status: PENDING_REVIEW',
      fix: /Check the code in Ads Manager/,
    },
    {
      name: 'an unfamiliar status is quoted without its spaces',
      input: { live: facts({ authStatus: '  PENDING_REVIEW ' }) },
      status: 'unknown',
      message: 'TikTok reported an unfamiliar authorization status: PENDING_REVIEW',
      fix: /Check the code in Ads Manager/,
    },
    {
      name: 'live facts without any status',
      input: { live: facts({ itemId: '7301234567890123456' }) },
      status: 'unknown',
      message: 'TikTok did not say whether the authorization is active',
      fix: /Check the code in Ads Manager/,
    },
    ...FAULT_REASONS.map((reason) => ({
      name: `a ${reason} fault is never a revocation`,
      input: { record: makeRecord({ status: 'ready' }), live: failure(reason, false) },
      status: 'unknown' as const,
      message: `Not verified live: TikTok said ${reason}`,
      fix: new RegExp(`^Fix for ${reason}$`),
    })),
    {
      name: 'a fault wording that sounds like revocation is still only a fault',
      input: {
        live: failure('server', false, { message: 'Code has been deleted? (rpc error)' }),
      },
      status: 'unknown',
      message: /^Not verified live/,
      fix: /Fix for server/,
    },
    {
      name: 'an unclassified TikTok error is not judged',
      input: { live: failure('unknown', false, { message: 'TikTok answered error 12345.' }) },
      status: 'unknown',
      message: 'Not verified live: TikTok answered error 12345',
      fix: /Fix for unknown/,
    },
  ];

  it.each(cases)('$name → $status', (row) => expectCheck(revocationCheck, 'revocation', row));
});
