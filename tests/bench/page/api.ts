/**
 * What the scripts under tests/bench/page/ offer once injected into a page, and the globals they
 * live under. They are bundled by tests/bench/page-script.ts and run as the page's own code.
 */

export const DB_BENCH_GLOBAL = 'sparkPreflightDbBench';

export interface DbBenchApi {
  /** Generates the codes every later call stores; outside any timing. */
  prepare(count: number, seed: number): number;
  /** Milliseconds for `addCodes` of every prepared code into a fresh database `name`. */
  importWithRepository(name: string): Promise<number>;
  /** Milliseconds for plain IndexedDB `put`s of the same codes in one transaction. */
  importWithRawPuts(name: string): Promise<number>;
  deleteDatabase(name: string): Promise<void>;
  /** Adds the prepared codes to the extension's own inventory, as the popup's Save does. */
  seedInventory(): Promise<number>;
  /** Removes the Add box's draft from the extension's storage. */
  clearDraft(): Promise<void>;
}

export const PASTE_PROBE_GLOBAL = 'sparkPreflightPasteProbe';

/** Where the panel probe keeps what it saw in the panel's frame. */
export const PANEL_PROBE_GLOBAL = 'sparkPreflightPanelProbe';

export interface PanelPaint {
  rows: number;
  /** Absolute times (performance.timeOrigin + now), comparable across documents. */
  inDom: number;
  painted: number;
}

export interface PasteTiming {
  /** From the paste key press to the wanted number of rows in the panel's document. */
  rows: number;
  /** From the paste key press to the end of the next frame after that. */
  frame: number;
  /** From before the DevTools call that presses the key to the same frame. */
  fromCall: number;
}

export interface PasteProbeApi {
  /** The median gap between `frames` animation frames. */
  frameInterval(frames: number): Promise<number>;
  /**
   * When the browser took the last Ctrl/⌘+V key press, as absolute time (timeOrigin + the
   * event's timeStamp); undefined before the first.
   */
  lastPasteKey(): number | undefined;
}

/** Where the popup-ready script leaves its {@link ReadyTimes}. */
export const POPUP_READY_GLOBAL = 'sparkPreflightPopupReady';

export interface ReadyTimes {
  /** performance.now(), ms since navigation start, when the element entered the DOM. */
  inDom: number;
  /** When the frame showing it had been rendered and a queued task could run. */
  interactive: number;
}

export const EXTRACTION_BENCH_GLOBAL = 'sparkPreflightExtractionBench';

export interface PasteFacts {
  characters: number;
  utf8Bytes: number;
  planted: number;
}

export interface ExtractionCheck {
  plantedFound: number;
  foundTotal: number;
  bareRegexMatches: number;
}

export interface ExtractionBenchApi {
  /** Generates the paste every later call scans; outside any timing. */
  prepare(targetChars: number, codeCount: number, seed: number): PasteFacts;
  /** Which planted codes the extractor finds, and what the bare regex matches. */
  check(): ExtractionCheck;
  /** Milliseconds for one `extractSparkCodes` over the paste; throws if the count changes. */
  timeExtraction(): number;
  /** Milliseconds for one bare global regex `match` over the paste. */
  timeBareRegex(): number;
}

export const GEOMETRY_BENCH_GLOBAL = 'sparkPreflightGeometryBench';

export interface GeometryFacts {
  elements: number;
  controls: number;
  obstacles: number;
  /** Controls the placed panel covers: 0 unless placement failed on the fixture. */
  covered: number;
}

export interface GeometryBenchApi {
  /** What the page holds and what the geometry made of it; outside any timing. */
  check(): GeometryFacts;
  /** Milliseconds to measure the page's controls and the dialog, place the panel and its tab. */
  timeMeasureAndPlace(): number;
  /**
   * Milliseconds to find the same controls (open shadow roots too) and read each one's box: the
   * floor under any way of measuring them.
   */
  timeBareRects(): number;
}

export const POPUP_PROBE_GLOBAL = 'sparkPreflightPopupProbe';

export interface PasteWatch {
  /** The longest main-thread task the long-task observer saw, 0 when none reached 50 ms. */
  longestTask: number;
  /** Tasks of 50 ms or more. */
  longTasks: number;
  /** From the paste event to the preview's first row in the DOM. */
  previewMs: number;
  /** The summary line once the preview was in. */
  summary: string;
  /** Rows of the preview list in the DOM (virtualized) and the length it announces. */
  rowsInDom: number;
  setSize: number;
}

export interface PopupProbeApi {
  /** Generates the paste the next {@link PopupProbeApi.pasteAndWatch} puts in; outside timing. */
  preparePaste(targetChars: number, codeCount: number, seed: number): PasteFacts;
  /**
   * Opens the Add tab, puts the prepared paste on the clipboard, focuses the box and starts a
   * long-task observer; the runner then presses Ctrl/⌘+V.
   */
  armPaste(): Promise<void>;
  /**
   * Waits for the preview of the paste, then `settleMs` more (the draft is written 300 ms after
   * the last change), and reports what the observer saw since {@link PopupProbeApi.armPaste}.
   */
  watchPaste(settleMs: number): Promise<PasteWatch>;
  /**
   * Milliseconds from a click on the tab named `tab` to `ready` (a selector inside the shown tab
   * panel) being in the DOM, a frame rendered after it and the main thread free for a task.
   */
  timeTab(tab: string, ready: string): Promise<number>;
}
