/**
 * Elements Ads Manager (and its component library) uses for toasts, inline form errors and
 * notices. Only text inside these is read: a post preview's caption can say anything.
 */
export const MESSAGE_SELECTOR = [
  '[role="alert"]',
  '[role="status"]',
  '[aria-live]',
  '[class*="toast" i]',
  '[class*="message" i]',
  '[class*="notice" i]',
  '[class*="notification" i]',
  '[class*="error" i]',
  '[class*="explain" i]',
  '[class*="feedback" i]',
  '[class*="alert" i]',
].join(',');

export interface AnswerWatchOptions {
  signal: AbortSignal;
  /** True for nodes that belong to the extension's own UI. */
  isOwnNode?: (node: Node) => boolean;
  /**
   * Which texts are worth reporting. By default anything short enough to be a message: what it
   * means is worked out by the panel (lib/records/ads-manager-answers.ts), which keeps the rules
   * and their fixes out of the content script.
   */
  accept?: (text: string) => boolean;
}

/** The longest text read as one message; a longer one is page content, not an answer. */
export const MAX_ANSWER_LENGTH = 500;

export interface SeenAnswer {
  text: string;
  element: Element;
}

function messageElementOf(node: Node): Element | undefined {
  const element = node.nodeType === 1 ? (node as Element) : node.parentElement;
  return element?.closest(MESSAGE_SELECTOR) ?? undefined;
}

/** Message boxes are often in the page from the start, hidden until there is something to say. */
function isHidden(element: Element): boolean {
  const hidden = element.closest('[hidden], [aria-hidden="true"]');
  if (hidden) return true;
  for (let e: Element | null = element; e; e = e.parentElement) {
    if ((e as HTMLElement).style?.display === 'none') return true;
  }
  return false;
}

/**
 * Reports every answer-like message that appears under `roots` (a document body, a shadow root)
 * until the signal aborts: toasts added to the page, inline errors whose text is filled in, and
 * hidden message boxes that are shown. Each message element is reported once per distinct text.
 */
export function watchForAnswers(
  roots: readonly Node[],
  onAnswer: (seen: SeenAnswer) => void,
  options: AnswerWatchOptions,
): void {
  if (options.signal.aborted) return;
  const reported = new WeakMap<Element, string>();
  const accept = options.accept ?? (() => true);

  const consider = (element: Element | undefined) => {
    if (!element || options.isOwnNode?.(element) || isHidden(element)) return;
    const text = (element.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (!text || reported.get(element) === text) return;
    if (text.length > MAX_ANSWER_LENGTH || !accept(text)) return;
    reported.set(element, text);
    onAnswer({ text, element });
  };

  const onMutations = (mutations: MutationRecord[]) => {
    for (const mutation of mutations) {
      if (mutation.type === 'childList') {
        mutation.addedNodes.forEach((node) => {
          consider(messageElementOf(node));
          if (node.nodeType === 1)
            (node as Element).querySelectorAll(MESSAGE_SELECTOR).forEach(consider);
        });
      } else {
        consider(messageElementOf(mutation.target));
      }
    }
  };

  for (const root of roots) {
    const view = (root.ownerDocument ?? (root as Document)).defaultView;
    if (!view) continue;
    const observer = new view.MutationObserver(onMutations);
    observer.observe(root, {
      childList: true,
      characterData: true,
      subtree: true,
      attributes: true,
      attributeFilter: ['class', 'style', 'hidden', 'aria-hidden'],
    });
    options.signal.addEventListener('abort', () => observer.disconnect(), { once: true });
  }
}
