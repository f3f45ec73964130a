import type { z } from 'zod';
import './zod-config';
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
  refreshPerformanceRequestSchema,
  refreshPerformanceResponseSchema,
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
import {
  teamAuditRequestSchema,
  teamAuditResponseSchema,
  teamTimelineRequestSchema,
  teamTimelineResponseSchema,
  teamJoinRequestSchema,
  teamJoinResponseSchema,
  teamLeaveRequestSchema,
  teamStatusRequestSchema,
  teamStatusSchema,
} from './team-schemas';

/**
 * Who sent a message. Extension pages (popup, dashboard, options, and the panel framed on Ads
 * Manager) run in the extension's own process; a content script shares a renderer with the web
 * page, so it gets nothing: no inventory detail, nothing that spends the buyer's token. The
 * background still tells the two apart, so a message from a content script is refused by name.
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

/**
 * Every operation, the panel's included (the panel is an extension page). Content scripts are
 * refused everything: they share a renderer with Ads Manager, and need nothing from here.
 */
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
    callers: PAGES,
  }),
  addFromPage: operation({
    request: addFromPageRequestSchema,
    response: addFromPageResponseSchema,
    callers: PAGES,
  }),
  recordOutcome: operation({
    request: outcomeRequestSchema,
    response: outcomeResponseSchema,
    callers: PAGES,
  }),
  getPanelPrefs: operation({
    request: panelPrefsRequestSchema,
    response: panelPrefsSchema,
    callers: PAGES,
  }),
  setPanelPrefs: operation({
    request: setPanelPrefsRequestSchema,
    response: panelPrefsSchema,
    callers: PAGES,
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
  authorizeLatest: operation({
    request: authorizeLatestRequestSchema,
    response: authorizeLatestResponseSchema,
    callers: PAGES,
  }),
  authorizeReconcile: operation({
    request: authorizeReconcileRequestSchema,
    response: authorizeReconcileResponseSchema,
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
  refreshPerformance: operation({
    request: refreshPerformanceRequestSchema,
    response: refreshPerformanceResponseSchema,
    callers: PAGES,
  }),
  /** How the team stands; also tells the team what changed here since the last pass. */
  teamSync: operation({
    request: teamStatusRequestSchema,
    response: teamStatusSchema,
    callers: PAGES,
  }),
  teamJoin: operation({
    request: teamJoinRequestSchema,
    response: teamJoinResponseSchema,
    callers: PAGES,
  }),
  teamLeave: operation({
    request: teamLeaveRequestSchema,
    response: teamStatusSchema,
    callers: PAGES,
  }),
  teamTimeline: operation({
    request: teamTimelineRequestSchema,
    response: teamTimelineResponseSchema,
    callers: PAGES,
  }),
  teamAudit: operation({
    request: teamAuditRequestSchema,
    response: teamAuditResponseSchema,
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
