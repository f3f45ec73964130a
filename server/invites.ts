import { createHash, randomBytes } from 'node:crypto';
import type { TeamId, TeamRole } from '../lib/team/names';
import type { TeamStore } from './store/types';

const INVITE_PREFIX = 'spi_';
export const DEFAULT_INVITE_HOURS = 7 * 24;

/** 192 random bits: guessing one is hopeless, the rate limit only protects the server. */
export function newInviteText(): string {
  return INVITE_PREFIX + randomBytes(24).toString('base64url');
}

/** Invites are stored hashed, so a leaked database holds no usable invite. */
export function hashInvite(invite: string): string {
  return createHash('sha256').update(invite.trim()).digest('hex');
}

export function newMemberId(): string {
  return `m_${randomBytes(9).toString('base64url')}`;
}

export async function createInvite(
  store: TeamStore,
  options: { team: TeamId; role: TeamRole; createdBy: string; hours?: number; now?: number },
): Promise<{ invite: string; expiresAt: number }> {
  const now = options.now ?? Date.now();
  const invite = newInviteText();
  const expiresAt = now + (options.hours ?? DEFAULT_INVITE_HOURS) * 3_600_000;
  await store.createInvite({
    hash: hashInvite(invite),
    team: options.team,
    role: options.role,
    createdAt: now,
    expiresAt,
    createdBy: options.createdBy,
  });
  return { invite, expiresAt };
}
