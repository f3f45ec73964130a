import { messenger } from './messenger';
import {
  operations,
  type Caller,
  type Handlers,
  type OperationName,
  type ResponseOf,
} from './operations';

export interface Sender {
  id?: string;
  tab?: { id?: number; url?: string };
  url?: string;
}

export interface ExtensionIdentity {
  id: string;
  /** e.g. `chrome-extension://<id>/`. */
  origin: string;
  /** Origins the content script is injected into. */
  contentScriptOrigins: readonly string[];
}

export class RejectedMessageError extends Error {}

function originOf(url: string | undefined): string | undefined {
  try {
    return url === undefined ? undefined : new URL(url).origin;
  } catch {
    return undefined;
  }
}

/** Which of the extension's own contexts sent a message; undefined for anything else. */
export function callerOf(sender: Sender, extension: ExtensionIdentity): Caller | undefined {
  if (sender.id !== extension.id) return undefined;
  if (sender.url?.startsWith(extension.origin)) return 'extension-page';
  const origin = originOf(sender.url);
  if (sender.tab && origin && extension.contentScriptOrigins.includes(origin)) {
    return 'content-script';
  }
  return undefined;
}

/**
 * Runs one operation for one sender: the sender must be allowed by the table and the request
 * must match its schema before the handler sees it; the reply is checked against the table too.
 */
export async function dispatch<K extends OperationName>(
  name: K,
  data: unknown,
  sender: Sender,
  handlers: Handlers,
  extension: ExtensionIdentity,
): Promise<ResponseOf<K>> {
  const definition = operations[name];
  const caller = callerOf(sender, extension);
  if (!caller || !definition.callers.includes(caller)) {
    throw new RejectedMessageError(`Refused ${name} from ${caller ?? 'outside the extension'}`);
  }
  const parsed = definition.request.safeParse(data);
  if (!parsed.success) throw new RejectedMessageError(`Refused malformed ${name} message`);
  const handler = handlers[name] as (request: unknown, context: unknown) => Promise<unknown>;
  const reply = await handler(parsed.data, { caller, tabId: sender.tab?.id });
  return definition.response.parse(reply) as ResponseOf<K>;
}

/** Answers every operation of the table; returns a function that stops answering. */
export function serveOperations(handlers: Handlers, extension: ExtensionIdentity): () => void {
  const names = Object.keys(operations) as OperationName[];
  const stops = names.map(
    (name) =>
      messenger.onMessage(name, (message) =>
        dispatch(name, message.data, message.sender as Sender, handlers, extension),
      ) as () => void,
  );
  return () => stops.forEach((stop) => stop());
}
