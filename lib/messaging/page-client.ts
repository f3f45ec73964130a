import { messenger } from './messenger';
import type { MessageType, RequestOf, ResponseOf } from './protocol';

/**
 * How the Ads Manager content script asks the background. Requests are checked by the
 * background's `listen` (zod, sender id) like every other message; replies come from this
 * extension's own background and are not parsed again here, which keeps zod out of the script
 * injected into every Ads Manager page.
 */
export async function sendFromPage<K extends MessageType>(
  type: K,
  data: RequestOf<K>,
): Promise<ResponseOf<K>> {
  return (await messenger.sendMessage(type, data as never)) as ResponseOf<K>;
}
