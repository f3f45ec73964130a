import type { z } from 'zod';
import './zod-config';
import {
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
} from './panel-schemas';

/**
 * Who sent a message. Extension pages (popup, dashboard, options) run in the extension's own
 * process; a content script shares a renderer with the web page, so it only gets what the panel
 * needs and never anything that spends the buyer's token.
 */
export type Caller = 'extension-page' | 'content-script';

interface Operation<Request extends z.ZodType, Response extends z.ZodType> {
  request: Request;
  response: Response;
  callers: readonly Caller[];
}

const operation = <Request extends z.ZodType, Response extends z.ZodType>(
  definition: Operation<Request, Response>,
) => definition;

const PANEL: readonly Caller[] = ['content-script'];
const PAGES: readonly Caller[] = ['extension-page'];

/**
 * Everything the background does for the rest of the extension: one entry per operation, with
 * the schema each side checks and who may ask. The background serves exactly this table
 * (`serveOperations`), callers go through `callBackground`; adding an operation is one entry here
 * plus its handler in lib/services/handlers.ts.
 */
export const operations = {
  preflight: operation({
    request: preflightRequestSchema,
    response: preflightResponseSchema,
    callers: PANEL,
  }),
  addFromPage: operation({
    request: addFromPageRequestSchema,
    response: addFromPageResponseSchema,
    callers: PANEL,
  }),
  recordOutcome: operation({
    request: outcomeRequestSchema,
    response: outcomeResponseSchema,
    callers: PANEL,
  }),
  getPanelPrefs: operation({
    request: panelPrefsRequestSchema,
    response: panelPrefsSchema,
    callers: PANEL,
  }),
  setPanelPrefs: operation({
    request: setPanelPrefsRequestSchema,
    response: panelPrefsSchema,
    callers: PANEL,
  }),
  testConnection: operation({
    request: testConnectionRequestSchema,
    response: testConnectionResponseSchema,
    callers: PAGES,
  }),
  authorizeStart: operation({
    request: authorizeStartRequestSchema,
    response: authorizeStartResponseSchema,
    callers: PAGES,
  }),
  authorizeCancel: operation({
    request: authorizeCancelRequestSchema,
    response: authorizeCancelResponseSchema,
    callers: PAGES,
  }),
  syncApplied: operation({
    request: syncAppliedRequestSchema,
    response: syncAppliedResponseSchema,
    callers: PAGES,
  }),
  refreshLive: operation({
    request: refreshLiveRequestSchema,
    response: refreshLiveResponseSchema,
    callers: PAGES,
  }),
};

type Operations = typeof operations;
export type OperationName = keyof Operations;
export type RequestOf<K extends OperationName> = z.input<Operations[K]['request']>;
export type ParsedRequestOf<K extends OperationName> = z.output<Operations[K]['request']>;
export type ResponseOf<K extends OperationName> = z.output<Operations[K]['response']>;

/** The map @webext-core/messaging types its messenger with, derived from the table. */
export type ProtocolMap = { [K in OperationName]: (data: RequestOf<K>) => ResponseOf<K> };

/** What a handler learns about the message besides its body. */
export interface CallContext {
  caller: Caller;
  /** The tab a content script runs in, for per-tab limits. */
  tabId?: number;
}

export type Handler<K extends OperationName> = (
  request: ParsedRequestOf<K>,
  context: CallContext,
) => Promise<ResponseOf<K>>;

/** One handler per operation; the type makes a missing one a compile error. */
export type Handlers = { [K in OperationName]: Handler<K> };
