import type { MessageType, RequestOf, ResponseOf } from '../../lib/messaging/protocol';

/** How the panel reaches the background; injected so tests answer with a fake. */
export type SendMessage = <K extends MessageType>(
  type: K,
  data: RequestOf<K>,
) => Promise<ResponseOf<K>>;
