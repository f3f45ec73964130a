import * as z from 'zod/mini';
import { FOUND_CODE_LIMITS, MAX_CODES_PER_MESSAGE } from './limits';

/**
 * The channel between the content script (the "host": it watches the page's fields and places
 * the panel) and the panel itself, an extension page in an iframe the page cannot read. The
 * panel opens it with `tabs.connect`, which page scripts cannot reach; each side still parses
 * every message, because the content script shares a renderer with the page.
 *
 * zod/mini keeps these schemas small enough for the content script, which must stay light.
 */

/** The port's name: the panel proves it is the frame this host made by echoing its nonce. */
export const PANEL_PORT_PREFIX = 'spark-panel:';

const code = z.string().check(z.minLength(1), z.maxLength(FOUND_CODE_LIMITS.code));
const fieldKind = z.enum(['input', 'textarea', 'contenteditable']);

const foundCode = z.object({
  code,
  raw: z.string().check(z.maxLength(FOUND_CODE_LIMITS.raw)),
  occurrences: z.number().check(z.int(), z.minimum(1), z.maximum(FOUND_CODE_LIMITS.occurrences)),
  warnings: z
    .array(z.string().check(z.maxLength(FOUND_CODE_LIMITS.message)))
    .check(z.maxLength(FOUND_CODE_LIMITS.warnings)),
});

const rejectedCandidate = z.object({
  raw: z.string().check(z.maxLength(FOUND_CODE_LIMITS.raw)),
  reason: z.string().check(z.maxLength(FOUND_CODE_LIMITS.message)),
  suggestion: z.optional(z.string().check(z.maxLength(FOUND_CODE_LIMITS.code))),
});

const pageAccount = z.object({
  id: z.string().check(z.regex(/^\d{1,30}$/)),
  source: z.enum(['url', 'switcher']),
});

/** What the buyer's field holds now. An empty `codes` and `rejected` means nothing to check. */
export const fieldSnapshotSchema = z.object({
  type: z.literal('field'),
  fieldKind: z.optional(fieldKind),
  codes: z.array(foundCode).check(z.maxLength(MAX_CODES_PER_MESSAGE)),
  rejected: z.array(rejectedCandidate).check(z.maxLength(MAX_CODES_PER_MESSAGE)),
  /** The ad account the page is on, as the page shows it. */
  account: z.optional(pageAccount),
  /** The page's path: the panel's preferences are kept per page. */
  path: z.string().check(z.maxLength(2000)),
  /** The field's text, when short enough: the words around each code suggest its details. */
  text: z.optional(z.string().check(z.maxLength(FOUND_CODE_LIMITS.fieldText))),
});
export type FieldSnapshot = z.infer<typeof fieldSnapshotSchema>;
export type SnapshotCode = z.infer<typeof foundCode>;

/**
 * A message Ads Manager showed after a trusted Search / Confirm click, with the codes that were
 * in the field then. The panel decides what it means.
 */
export const pageAnswerSchema = z.object({
  type: z.literal('answer'),
  text: z.string().check(z.minLength(1), z.maxLength(500)),
  codes: z.array(code).check(z.maxLength(MAX_CODES_PER_MESSAGE)),
});
export type PageAnswer = z.infer<typeof pageAnswerSchema>;

/** What came of the panel's last request to rewrite the field. */
export const fieldWrittenSchema = z.object({
  type: z.literal('written'),
  action: z.enum(['clean', 'keep', 'undo']),
  ok: z.boolean(),
  count: z.number().check(z.int(), z.minimum(0)),
  fieldKind: z.optional(fieldKind),
  canUndo: z.boolean(),
});
export type FieldWritten = z.infer<typeof fieldWrittenSchema>;

const coordinate = z.number().check(z.minimum(-100000), z.maximum(100000));
const rect = z.object({ left: coordinate, top: coordinate, width: coordinate, height: coordinate });

/**
 * What the panel needs to choose its place: the page's visible controls and the box of the
 * dialog or field the buyer works in, measured by the content script (the panel cannot see the
 * page); its own size, mode and dock it knows. `seq` pairs the answer with the request.
 */
export const layoutRequestSchema = z.object({
  type: z.literal('layout'),
  seq: z.number().check(z.int(), z.minimum(0)),
  viewport: z.object({ width: coordinate, height: coordinate }),
  size: z.object({ width: coordinate, height: coordinate }),
  mode: z.enum(['open', 'minimised']),
  dock: z.union([
    z.enum(['right', 'left', 'top', 'bottom', 'auto']),
    z.object({ x: coordinate, y: coordinate }),
  ]),
  anchor: rect,
  obstacles: z.array(rect).check(z.maxLength(2000)),
  /** A drag that just ended: where it started and how far it went. */
  drop: z.optional(
    z.object({ from: rect, dx: coordinate, dy: coordinate, grabX: coordinate, grabY: coordinate }),
  ),
});
export type LayoutRequestMessage = z.infer<typeof layoutRequestSchema>;

export const hostMessageSchema = z.discriminatedUnion('type', [
  fieldSnapshotSchema,
  pageAnswerSchema,
  fieldWrittenSchema,
  layoutRequestSchema,
]);
export type HostMessage = z.infer<typeof hostMessageSchema>;

const length = z.number().check(z.minimum(0), z.maximum(10000));

export const panelDockSchema = z.union([
  z.enum(['right', 'left', 'top', 'bottom', 'auto']),
  z.object({ x: length, y: length }),
]);
export type PanelDock = z.infer<typeof panelDockSchema>;

export const frameMessageSchema = z.discriminatedUnion('type', [
  /** Rewrite the field with these codes: all usable ones (clean) or only the ready ones (keep). */
  z.object({
    type: z.literal('write'),
    action: z.enum(['clean', 'keep']),
    codes: z.array(code).check(z.maxLength(MAX_CODES_PER_MESSAGE)),
  }),
  z.object({ type: z.literal('undo') }),
  /** The size the panel's content needs; the host fits it into the viewport. */
  z.object({ type: z.literal('size'), width: length, height: length }),
  z.object({ type: z.literal('mode'), mode: z.enum(['open', 'minimised', 'off']) }),
  z.object({ type: z.literal('dock'), dock: panelDockSchema }),
  /** A drag of the panel's grip, in screen pixels relative to where it started. */
  z.object({
    type: z.literal('drag'),
    phase: z.enum(['start', 'move', 'end']),
    dx: z.number().check(z.minimum(-10000), z.maximum(10000)),
    dy: z.number().check(z.minimum(-10000), z.maximum(10000)),
    /** Where in the panel the grip was held. */
    grabX: z.optional(length),
    grabY: z.optional(length),
  }),
  /** Where the panel goes, answering a layout request. */
  z.object({ type: z.literal('place'), seq: z.number().check(z.int(), z.minimum(0)), box: rect }),
]);
export type FrameMessage = z.infer<typeof frameMessageSchema>;
