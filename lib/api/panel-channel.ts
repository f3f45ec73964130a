import * as z from 'zod/mini';
import { FOUND_CODE_LIMITS, MAX_CODES_PER_MESSAGE } from './limits';

/**
 * The channel between the content script (the "host": it watches the page's fields and places
 * the panel) and the panel itself, an extension page in an iframe the page cannot read. The
 * panel opens it with `tabs.connect`, which page scripts cannot reach; each side still parses
 * every message, because the content script shares a renderer with the page.
 *
 * zod/mini keeps these schemas small enough for the content script, which must stay light, and
 * they are built on first use rather than when the module loads: the content script runs on
 * every Ads Manager page, most of which never show the panel, and building them cost a fresh
 * page more than all the rest of the script's start.
 */

/** The port's name: the panel proves it is the frame this host made by echoing its nonce. */
export const PANEL_PORT_PREFIX = 'spark-panel:';

function built<T>(build: () => T): () => T {
  let value: T | undefined;
  return () => (value ??= build());
}

const codeSchema = () => z.string().check(z.minLength(1), z.maxLength(FOUND_CODE_LIMITS.code));

const coordinateSchema = () => z.number().check(z.minimum(-100000), z.maximum(100000));

const rectSchema = (coordinate = coordinateSchema()) =>
  z.object({ left: coordinate, top: coordinate, width: coordinate, height: coordinate });

function buildHostMessageSchemas() {
  const code = codeSchema();
  const coordinate = coordinateSchema();
  const rect = rectSchema(coordinate);
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
  const fieldSnapshot = z.object({
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

  /**
   * A message Ads Manager showed after a trusted Search / Confirm click, with the codes that
   * were in the field then. The panel decides what it means.
   */
  const pageAnswer = z.object({
    type: z.literal('answer'),
    text: z.string().check(z.minLength(1), z.maxLength(500)),
    codes: z.array(code).check(z.maxLength(MAX_CODES_PER_MESSAGE)),
  });

  /** What came of the panel's last request to rewrite the field. */
  const fieldWritten = z.object({
    type: z.literal('written'),
    action: z.enum(['clean', 'keep', 'undo']),
    ok: z.boolean(),
    count: z.number().check(z.int(), z.minimum(0)),
    fieldKind: z.optional(fieldKind),
    canUndo: z.boolean(),
  });

  /**
   * What the panel needs to choose its place: the page's visible controls and the box of the
   * dialog or field the buyer works in, measured by the content script (the panel cannot see
   * the page); its own size, mode and dock it knows. `seq` pairs the answer with the request.
   */
  const layoutRequest = z.object({
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
      z.object({
        from: rect,
        dx: coordinate,
        dy: coordinate,
        grabX: coordinate,
        grabY: coordinate,
      }),
    ),
  });

  const hostMessage = z.discriminatedUnion('type', [
    fieldSnapshot,
    pageAnswer,
    fieldWritten,
    layoutRequest,
  ]);
  return { foundCode, fieldSnapshot, pageAnswer, fieldWritten, layoutRequest, hostMessage };
}

function buildFrameMessageSchemas() {
  const code = codeSchema();
  const rect = rectSchema();
  const length = z.number().check(z.minimum(0), z.maximum(10000));

  const panelDock = z.union([
    z.enum(['right', 'left', 'top', 'bottom', 'auto']),
    z.object({ x: length, y: length }),
  ]);

  const frameMessage = z.discriminatedUnion('type', [
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
    z.object({ type: z.literal('dock'), dock: panelDock }),
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
  return { panelDock, frameMessage };
}

/** The schemas of what the host sends the panel, built on the first call. */
export const hostMessageSchemas = built(buildHostMessageSchemas);
/** The schemas of what the panel sends the host, built on the first call. */
export const frameMessageSchemas = built(buildFrameMessageSchemas);

type HostSchemas = ReturnType<typeof buildHostMessageSchemas>;
type FrameSchemas = ReturnType<typeof buildFrameMessageSchemas>;

export type FieldSnapshot = z.infer<HostSchemas['fieldSnapshot']>;
export type SnapshotCode = z.infer<HostSchemas['foundCode']>;
export type PageAnswer = z.infer<HostSchemas['pageAnswer']>;
export type FieldWritten = z.infer<HostSchemas['fieldWritten']>;
export type LayoutRequestMessage = z.infer<HostSchemas['layoutRequest']>;
export type HostMessage = z.infer<HostSchemas['hostMessage']>;
export type PanelDock = z.infer<FrameSchemas['panelDock']>;
export type FrameMessage = z.infer<FrameSchemas['frameMessage']>;
