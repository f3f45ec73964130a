/**
 * Labels of the Ads Manager buttons that send a code to TikTok: Search (shows the post preview),
 * Confirm / Authorize (applies it). The whole label must match, so "Search history" or
 * "Confirmation settings" do not count.
 */
const SUBMIT_LABEL =
  /^\s*(?:search|confirm|authori[sz]e|apply|submit|ok|done|add)(?:\s+(?:code|codes|post|posts|now))?\s*$/i;

const BUTTON_SELECTOR = 'button, [role="button"], input[type="submit"], input[type="button"], a';

function labelOf(element: Element): string {
  const aria = element.getAttribute('aria-label');
  if (aria) return aria;
  if (element.localName === 'input') return (element as HTMLInputElement).value;
  return element.textContent ?? '';
}

/** The submit-like button an event went through, if any (read from `composedPath()`). */
export function submitButtonFromPath(path: readonly EventTarget[]): Element | undefined {
  for (const target of path) {
    const element = target as Element;
    if (element?.nodeType !== 1 || typeof element.matches !== 'function') continue;
    if (!element.matches(BUTTON_SELECTOR)) continue;
    return SUBMIT_LABEL.test(labelOf(element).slice(0, 60)) ? element : undefined;
  }
  return undefined;
}

/** Dialogs, drawers and forms: the box a code field and its own buttons share. */
const CONTAINER_SELECTOR =
  '[role="dialog"], dialog, form, [class*="modal" i], [class*="drawer" i], [class*="popover" i]';

/** The closest container of `element`, looking past the shadow roots it sits in. */
function containerOf(element: Element): Element | undefined {
  for (let current: Element | undefined = element; current;) {
    const found = current.closest(CONTAINER_SELECTOR);
    if (found) return found;
    const root = current.getRootNode();
    current = root.nodeType === 11 ? (root as ShadowRoot).host : undefined;
  }
  return undefined;
}

function composedContains(ancestor: Element, node: Element): boolean {
  for (let current: Element | undefined = node; current;) {
    if (ancestor.contains(current)) return true;
    const root = current.getRootNode();
    current = root.nodeType === 11 ? (root as ShadowRoot).host : undefined;
  }
  return false;
}

/**
 * Whether a button acts on the field: a field inside a dialog or form is submitted by that
 * dialog's buttons only, so a Search box elsewhere on the page does not count. A field in no
 * such box (the ad-creation step) goes with any button of its own document.
 */
export function buttonActsOnField(button: Element, field: Element): boolean {
  const box = containerOf(field);
  if (box) return composedContains(box, button);
  return button.ownerDocument === field.ownerDocument;
}
