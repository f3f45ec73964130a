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
