/**
 * The live link to the team server: one Hocuspocus provider on the team's document. Reconnects
 * on its own with a short back-off, so a server restart or a dropped network heals without the
 * buyer doing anything; a refusal (removed member, bad token) stops it for good.
 */
import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import type * as Y from 'yjs';

export interface ConnectionEvents {
  onSynced(): void;
  onDisconnected(): void;
  /** The server refused the member; `reason` is its word (`member-removed`, `invalid-token`…). */
  onRefused(reason: string): void;
}

export interface TeamConnection {
  /** Whether local edits still wait for the server's acknowledgement. */
  pending(): boolean;
  destroy(): void;
}

export type Connect = (
  options: { url: string; document: string; doc: Y.Doc; token: string },
  events: ConnectionEvents,
) => TeamConnection;

/** Reasons the team server closes a member's connection for good (server/members.ts). */
const REFUSALS = new Set(['member-removed']);

export const connectHocuspocus: Connect = ({ url, document, doc, token }, events) => {
  let refused = false;
  const socket = new HocuspocusProviderWebsocket({
    url,
    delay: 500,
    minDelay: 500,
    maxDelay: 5000,
    onDisconnect: () => {
      if (!refused) events.onDisconnected();
    },
  });
  const provider = new HocuspocusProvider({
    websocketProvider: socket,
    name: document,
    document: doc,
    token,
    onSynced: ({ state }) => {
      if (state) events.onSynced();
    },
    onAuthenticationFailed: ({ reason }) => {
      refused = true;
      events.onRefused(reason);
    },
    // A member removed while connected is closed with the reason, not asked to sign in again.
    onClose: ({ event }) => {
      if (!refused && REFUSALS.has(event.reason)) {
        refused = true;
        events.onRefused(event.reason);
      }
    },
  });
  provider.attach();
  return {
    pending: () => provider.hasUnsyncedChanges,
    destroy: () => {
      provider.destroy();
      socket.destroy();
    },
  };
};
