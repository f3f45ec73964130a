import { defineExtensionMessaging } from '@webext-core/messaging';
import type { ProtocolMap } from './operations';

/** The one channel between the extension's parts; its messages are the operations table. */
export const messenger = defineExtensionMessaging<ProtocolMap>();
