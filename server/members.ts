/**
 * Removing a member: their token is refused from the moment the store says so, and their open
 * connections are closed. The instance that handled the removal closes its own at once; every
 * instance (and one started by the CLI's `remove`) also polls the store for recent removals, so
 * connections held by other instances close within one poll.
 */
import type { Hocuspocus } from '@hocuspocus/server';
import type { MemberContext } from './context';
import type { TeamStore } from './store/types';

/** Sent to the client when the server closes its connection; the provider reports it. */
export const MEMBER_REMOVED = { code: 4403, reason: 'member-removed' };

export function closeMemberConnections(hocuspocus: Hocuspocus, team: string, memberId: string) {
  let closed = 0;
  for (const document of hocuspocus.documents.values()) {
    for (const connection of document.getConnections()) {
      const member = connection.context as MemberContext | undefined;
      if (member?.team === team && member.memberId === memberId) {
        connection.close(MEMBER_REMOVED);
        closed += 1;
      }
    }
  }
  return closed;
}

export function watchRemovals(
  hocuspocus: Hocuspocus,
  store: TeamStore,
  intervalMs: number,
): () => void {
  // Look back a little further than one interval: a removal written by a machine whose clock is
  // slightly behind must not slip between two polls. Closing twice is harmless.
  let since = Date.now() - intervalMs;
  const timer = setInterval(async () => {
    const startedAt = Date.now();
    try {
      for (const member of await store.removedSince(since)) {
        closeMemberConnections(hocuspocus, member.team, member.id);
      }
      since = startedAt - intervalMs - 5_000;
    } catch (error) {
      console.error('Could not read member removals', error);
    }
  }, intervalMs);
  timer.unref();
  return () => clearInterval(timer);
}
