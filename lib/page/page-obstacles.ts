import { clip, toRect, type Rect, type Size } from './rect';

/**
 * Everything a buyer could click or type into. Ads Manager draws some controls as divs with
 * click handlers and no role; markup cannot tell those from layout boxes, so they are missed.
 */
const CONTROLS = [
  'button',
  'a[href]',
  'input:not([type="hidden" i])',
  'textarea',
  'select',
  'summary',
  '[role="button"]',
  '[role="link"]',
  '[role="tab"]',
  '[role="menuitem"]',
  '[role="checkbox"]',
  '[role="switch"]',
  '[role="combobox"]',
  '[contenteditable]:not([contenteditable="false" i])',
].join(',');

/** Controls plus whatever the page made focusable. */
export const CONTROL_SELECTOR = `${CONTROLS},[tabindex]:not([tabindex^="-"])`;

/** Controls the search keeps at most; see `pageObstacles`. */
export const OBSTACLE_LIMIT = 1500;

/**
 * Elements that are focusable only through tabindex and larger than this share of the viewport
 * are scrolling regions or whole widgets (a grid, a list), not controls: counted, they would
 * leave the panel nowhere to go.
 */
const CONTAINER_SHARE = 0.25;

type Root = Document | ShadowRoot;

export interface MeasureOptions {
  /** An element's box in its own window's viewport; injectable because test DOMs have no layout. */
  readonly rectOf?: (element: Element) => Rect;
  /** Whether CSS hides the element (display, visibility, opacity, here or on an ancestor). */
  readonly isHidden?: (element: Element) => boolean;
  /**
   * The element hit at a point of a root's window, or null when unknown. Controls hit through
   * something else (a dialog's backdrop) are not obstacles: nobody can click them. Pass
   * `() => null` to skip the hit test.
   */
  readonly topmostAt?: (root: Root, x: number, y: number) => Element | null;
  /** The top window's viewport; its inner size unless given. */
  readonly viewport?: Size;
}

export interface ObstacleOptions extends MeasureOptions {
  /** The extension's own nodes (the panel's host): never obstacles, nor what hides one. */
  readonly ignore?: readonly Node[];
  readonly limit?: number;
}

const defaultRectOf = (element: Element): Rect => element.getBoundingClientRect();

/** checkVisibility sees display, visibility and opacity on ancestors too, in one call. */
function defaultIsHidden(element: Element): boolean {
  if (typeof element.checkVisibility === 'function') {
    return !element.checkVisibility({
      opacityProperty: true,
      visibilityProperty: true,
      // The names Chromium used before 121.
      ...{ checkOpacity: true, checkVisibilityCSS: true },
    });
  }
  const style = element.ownerDocument.defaultView?.getComputedStyle(element);
  return !style || style.visibility === 'hidden' || Number(style.opacity) === 0;
}

function defaultTopmostAt(root: Root, x: number, y: number): Element | null {
  return typeof root.elementFromPoint === 'function' ? root.elementFromPoint(x, y) : null;
}

function viewportOf(doc: Document, options: MeasureOptions): Size {
  if (options.viewport) return options.viewport;
  const view = doc.defaultView;
  return { width: view?.innerWidth ?? 0, height: view?.innerHeight ?? 0 };
}

/** Where a same-origin frame's viewport starts in its parent's: inside the frame's border. */
function frameContentOrigin(frame: Element, rectOf: (element: Element) => Rect) {
  const box = rectOf(frame);
  return { x: box.left + frame.clientLeft, y: box.top + frame.clientTop };
}

function readableFrameDocument(element: Element): Document | undefined {
  if (element.localName !== 'iframe' && element.localName !== 'frame') return undefined;
  try {
    return (element as HTMLIFrameElement).contentDocument ?? undefined;
  } catch {
    return undefined;
  }
}

/** A root to search, where its window's viewport sits in the top one, and what of it shows. */
interface Scope {
  readonly root: Root;
  readonly offset: { readonly x: number; readonly y: number };
  readonly visible: Rect;
}

/**
 * The boxes of the visible controls of a page, in the top window's viewport and clipped to it:
 * controls in the document, in open shadow roots (Ads Manager's dialog field sits in one) and in
 * same-origin frames. Hidden ones, empty ones, off-screen ones, ones under another element at
 * their centre (a modal's backdrop) and the extension's own nodes are left out.
 *
 * Each root costs a pass over its elements (to find shadow hosts) and one querySelectorAll for
 * its controls; each control costs a box, and each on-screen one a style check and a hit test. At most `limit`
 * obstacles (1500) are returned, so that a pathological page cannot stall placement.
 */
export function pageObstacles(doc: Document, options: ObstacleOptions = {}): Rect[] {
  const rectOf = options.rectOf ?? defaultRectOf;
  const isHidden = options.isHidden ?? defaultIsHidden;
  const topmostAt = options.topmostAt ?? defaultTopmostAt;
  const ignore = options.ignore ?? [];
  const limit = options.limit ?? OBSTACLE_LIMIT;
  const viewport = viewportOf(doc, options);
  const viewportArea = viewport.width * viewport.height;
  const isOwn = (node: Node) => ignore.some((own) => own === node || own.contains(node));

  const measure = (element: Element, scope: Scope): Rect | undefined => {
    const own = rectOf(element);
    if (!(own.width > 0 && own.height > 0)) return undefined;
    const box = { ...toRect(own), left: own.left + scope.offset.x, top: own.top + scope.offset.y };
    const shown = clip(box, scope.visible);
    if (!shown || isHidden(element)) return undefined;
    return shown;
  };

  const isContainer = (element: Element, box: Rect) =>
    box.width * box.height > CONTAINER_SHARE * viewportArea && !element.matches(CONTROLS);

  const isReachable = (element: Element, box: Rect, scope: Scope) => {
    const x = box.left + box.width / 2 - scope.offset.x;
    const y = box.top + box.height / 2 - scope.offset.y;
    const hit = topmostAt(scope.root, x, y);
    // Unknown counts as reachable; our own panel over a control does not make it unreachable.
    return !hit || hit === element || element.contains(hit) || isOwn(hit);
  };

  // Every root first (cheap), then their controls, the last found first: dialogs sit in shadow
  // roots and frames near the end of the page, and the limit should cut the page under them.
  const scopes: Scope[] = [];
  const discover = (scope: Scope) => {
    scopes.push(scope);
    // Nothing selects shadow hosts, so every element is asked; an index loop keeps that cheap.
    const elements = scope.root.querySelectorAll('*');
    for (let index = 0; index < elements.length; index++) {
      const shadow = (elements[index] as Element).shadowRoot;
      if (shadow && !isOwn(shadow.host)) {
        discover({ root: shadow, offset: scope.offset, visible: scope.visible });
      }
    }
    for (const frame of scope.root.querySelectorAll('iframe, frame')) {
      const frameDocument = readableFrameDocument(frame);
      if (!frameDocument || isOwn(frame)) continue;
      const box = measure(frame, scope);
      if (!box) continue;
      const origin = frameContentOrigin(frame, rectOf);
      discover({
        root: frameDocument,
        offset: { x: scope.offset.x + origin.x, y: scope.offset.y + origin.y },
        visible: box,
      });
    }
  };
  discover({ root: doc, offset: { x: 0, y: 0 }, visible: { left: 0, top: 0, ...viewport } });

  const obstacles: Rect[] = [];
  for (let scopeIndex = scopes.length - 1; scopeIndex >= 0; scopeIndex--) {
    const scope = scopes[scopeIndex] as Scope;
    const controls = scope.root.querySelectorAll(CONTROL_SELECTOR);
    for (let index = controls.length - 1; index >= 0; index--) {
      const element = controls[index] as Element;
      if (isOwn(element)) continue;
      const box = measure(element, scope);
      if (!box || isContainer(element, box) || !isReachable(element, box, scope)) continue;
      obstacles.push(box);
      if (obstacles.length >= limit) return obstacles;
    }
  }
  return obstacles;
}

export interface AnchorOptions extends MeasureOptions {
  /** An element's position and z-index; its computed style unless given. */
  readonly styleOf?: (element: Element) => { position: string; zIndex: string };
}

/** A layer above the page: what dialogs made without ARIA look like. */
const LAYER_Z_INDEX = 100;
/** A box this close to the viewport's size is a backdrop or wrapper, not the dialog's box. */
const FULL_SHARE = 0.9;

function defaultStyleOf(element: Element) {
  const style = element.ownerDocument.defaultView?.getComputedStyle(element);
  return { position: style?.position ?? '', zIndex: style?.zIndex ?? '' };
}

function isMarkedDialog(element: Element): boolean {
  const role = element.getAttribute('role');
  return (
    element.localName === 'dialog' ||
    role === 'dialog' ||
    role === 'alertdialog' ||
    element.getAttribute('aria-modal') === 'true'
  );
}

function isLayer(element: Element, styleOf: NonNullable<AnchorOptions['styleOf']>): boolean {
  const { position, zIndex } = styleOf(element);
  return (position === 'fixed' || position === 'absolute') && Number(zIndex) >= LAYER_Z_INDEX;
}

/** The next element out: the parent, a shadow root's host, or a same-origin frame's element. */
function enclosing(node: Element): Element | undefined {
  if (node.parentElement) return node.parentElement;
  const parent = node.parentNode;
  if (parent?.nodeType === 11) return (parent as ShadowRoot).host;
  if (parent?.nodeType === 9) return frameOf(parent as Document);
  return undefined;
}

/** Where an element's window's viewport sits in the top window's viewport. */
function originOf(element: Element, rectOf: (element: Element) => Rect) {
  let x = 0;
  let y = 0;
  let frame = frameOf(element.ownerDocument);
  while (frame) {
    const origin = frameContentOrigin(frame, rectOf);
    x += origin.x;
    y += origin.y;
    frame = frameOf(frame.ownerDocument);
  }
  return { x, y };
}

function frameOf(doc: Document): Element | undefined {
  try {
    return doc.defaultView?.frameElement ?? undefined;
  } catch {
    return undefined;
  }
}

function boxInTop(element: Element, rectOf: (element: Element) => Rect): Rect {
  const own = rectOf(element);
  const origin = originOf(element, rectOf);
  return { ...toRect(own), left: own.left + origin.x, top: own.top + origin.y };
}

/**
 * The element the panel should sit beside: the dialog around the field (marked as one, or a
 * fixed or absolute layer with a high z-index), else the field itself. The walk goes out through
 * shadow roots and same-origin frames. Some libraries mark a full-screen wrapper as the dialog;
 * the box a buyer sees is then the outermost element inside the wrapper that is smaller.
 */
export function anchorElementFor(field: Element, options: AnchorOptions = {}): Element {
  const rectOf = options.rectOf ?? defaultRectOf;
  const styleOf = options.styleOf ?? defaultStyleOf;
  const viewport = viewportOf(field.ownerDocument, options);
  const fillsViewport = (element: Element) => {
    const box = rectOf(element);
    return box.width >= FULL_SHARE * viewport.width && box.height >= FULL_SHARE * viewport.height;
  };
  const path: Element[] = [];
  for (let node = enclosing(field); node; node = enclosing(node)) {
    if (isMarkedDialog(node)) {
      if (!fillsViewport(node)) return node;
      for (let index = path.length - 1; index >= 0; index--) {
        const inner = path[index] as Element;
        const box = rectOf(inner);
        if (box.width > 0 && box.height > 0 && !fillsViewport(inner)) return inner;
      }
      return field;
    }
    // An unmarked full-screen layer is as likely the app's shell as a dialog's wrapper.
    if (isLayer(node, styleOf) && !fillsViewport(node)) return node;
    path.push(node);
  }
  return field;
}

/** The box of `anchorElementFor(field)` in the top window's viewport. */
export function anchorFor(field: Element, options: AnchorOptions = {}): Rect {
  return boxInTop(anchorElementFor(field, options), options.rectOf ?? defaultRectOf);
}
