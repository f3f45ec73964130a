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
  const reply: unknown = await messenger.sendMessage(name, request as never);
  return operations[name].response.parse(reply) as ResponseOf<K>;
}

export type CallBackground = typeof callBackground;
