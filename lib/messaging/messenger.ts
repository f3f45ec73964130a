import { defineExtensionMessaging } from '@webext-core/messaging';
import type { ProtocolMap } from './protocol';

/** The one messenger every part of the extension talks through; protocol.ts defines the map. */
export const messenger = defineExtensionMessaging<ProtocolMap>();
