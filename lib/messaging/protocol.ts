import type { z } from 'zod';
import { messenger } from './messenger';
import {
  addFromPageRequestSchema,
  addFromPageResponseSchema,
  outcomeRequestSchema,
  outcomeResponseSchema,
  panelPrefsRequestSchema,
  panelPrefsSchema,
  preflightRequestSchema,
  preflightResponseSchema,
  setPanelPrefsRequestSchema,
} from './schemas';
import {
  authorizeLatestRequestSchema,
  authorizeLatestResponseSchema,
  authorizeReconcileRequestSchema,
  authorizeReconcileResponseSchema,
  authorizeCancelRequestSchema,
  authorizeCancelResponseSchema,
  authorizeStartRequestSchema,
  authorizeStartResponseSchema,
  refreshLiveRequestSchema,
  refreshLiveResponseSchema,
  syncAppliedRequestSchema,
  syncAppliedResponseSchema,
  testConnectionRequestSchema,
  testConnectionResponseSchema,
} from './live-schemas';

/**
 * Every message the extension's parts exchange, with the schema each side checks. Receivers
 * validate what arrives; senders validate what comes back. Adding a message means adding it here.
 */
export const messages = {
  preflight: { request: preflightRequestSchema, response: preflightResponseSchema },
  addFromPage: { request: addFromPageRequestSchema, response: addFromPageResponseSchema },
  recordOutcome: { request: outcomeRequestSchema, response: outcomeResponseSchema },
  getPanelPrefs: { request: panelPrefsRequestSchema, response: panelPrefsSchema },
  setPanelPrefs: { request: setPanelPrefsRequestSchema, response: panelPrefsSchema },
  testConnection: { request: testConnectionRequestSchema, response: testConnectionResponseSchema },
  authorizeStart: { request: authorizeStartRequestSchema, response: authorizeStartResponseSchema },
  authorizeCancel: {
    request: authorizeCancelRequestSchema,
    response: authorizeCancelResponseSchema,
  },
  authorizeLatest: {
    request: authorizeLatestRequestSchema,
    response: authorizeLatestResponseSchema,
  },
  authorizeReconcile: {
    request: authorizeReconcileRequestSchema,
    response: authorizeReconcileResponseSchema,
  },
  syncApplied: { request: syncAppliedRequestSchema, response: syncAppliedResponseSchema },
  refreshLive: { request: refreshLiveRequestSchema, response: refreshLiveResponseSchema },
} as const;

type Messages = typeof messages;
export type MessageType = keyof Messages;
export type RequestOf<K extends MessageType> = z.input<Messages[K]['request']>;
export type ParsedRequestOf<K extends MessageType> = z.output<Messages[K]['request']>;
export type ResponseOf<K extends MessageType> = z.output<Messages[K]['response']>;

export type ProtocolMap = { [K in MessageType]: (data: RequestOf<K>) => ResponseOf<K> };

export async function send<K extends MessageType>(
  type: K,
  data: RequestOf<K>,
): Promise<ResponseOf<K>> {
  const reply: unknown = await messenger.sendMessage(type, data as never);
  return messages[type].response.parse(reply) as ResponseOf<K>;
}

export interface Sender {
  id?: string;
  tab?: { id?: number; url?: string };
  url?: string;
}

export type Handler<K extends MessageType> = (
  data: ParsedRequestOf<K>,
  sender: Sender,
) => Promise<ResponseOf<K>>;

export class RejectedMessageError extends Error {}

/**
 * Wraps a handler so it only ever sees well-formed requests from this extension. Anything else
 * is refused before it can touch the inventory.
 */
export function validated<K extends MessageType>(
  type: K,
  handler: Handler<K>,
  extensionId: string,
): (data: unknown, sender: Sender) => Promise<ResponseOf<K>> {
  return async (data, sender) => {
    if (sender.id !== extensionId) throw new RejectedMessageError(`Refused ${type} from outside`);
    const parsed = messages[type].request.safeParse(data);
    if (!parsed.success) throw new RejectedMessageError(`Refused malformed ${type} message`);
    return handler(parsed.data as ParsedRequestOf<K>, sender);
  };
}

export function listen<K extends MessageType>(
  type: K,
  handler: Handler<K>,
  extensionId: string,
): () => void {
  const guarded = validated(type, handler, extensionId);
  return messenger.onMessage(
    type,
    (message) => guarded(message.data, message.sender as Sender) as never,
  ) as () => void;
}
