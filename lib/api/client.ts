import { messenger } from './messenger';
import { operations, type OperationName, type RequestOf, type ResponseOf } from './operations';

/**
 * Asks the background to run an operation and checks the reply against the table, so a caller
 * never acts on a shape it did not expect. Extension pages and the content script use the same
 * client; the background decides from the table which of them may ask.
 */
export async function callBackground<K extends OperationName>(
  name: K,
  request: RequestOf<K>,
): Promise<ResponseOf<K>> {
  return checkedReply(name, messenger.sendMessage(name, request as never));
}

/**
 * Checks a reply to a request sent straight through the messenger, before the table was loaded
 * (the panel asks for its preferences while its code is still loading).
 */
export async function checkedReply<K extends OperationName>(
  name: K,
  reply: Promise<unknown>,
): Promise<ResponseOf<K>> {
  return operations[name].response.parse(await reply) as ResponseOf<K>;
}

export type CallBackground = typeof callBackground;
