/**
 * A place on the page where a buyer can type or paste a Spark code. Elements are recognised by
 * tag and attribute, never with `instanceof`: fields inside same-origin iframes belong to another
 * window whose element classes differ from ours.
 */
export type EditableField = HTMLInputElement | HTMLTextAreaElement | HTMLElement;
export type FieldKind = 'input' | 'textarea' | 'contenteditable';

/** Single-line input types a code could be typed into; passwords and numbers never hold one. */
const TEXT_INPUT_TYPES = new Set(['', 'text', 'search', 'url']);

function isElement(target: unknown): target is HTMLElement {
  return (
    typeof target === 'object' &&
    target !== null &&
    (target as Node).nodeType === 1 &&
    typeof (target as Element).localName === 'string'
  );
}

export function fieldKindOf(target: unknown): FieldKind | undefined {
  if (!isElement(target)) return undefined;
  if (target.localName === 'textarea') return 'textarea';
  if (target.localName === 'input') {
    const type = (target.getAttribute('type') ?? '').toLowerCase();
    return TEXT_INPUT_TYPES.has(type) ? 'input' : undefined;
  }
  if (target.isContentEditable || isEditableAttribute(target.getAttribute('contenteditable'))) {
    return 'contenteditable';
  }
  return undefined;
}

function isEditableAttribute(value: string | null): boolean {
  return value !== null && value.toLowerCase() !== 'false';
}

/**
 * The outermost contenteditable element owns the text: a paste lands in an inner paragraph of a
 * rich editor, but the editor as a whole is the field.
 */
function editingHost(element: HTMLElement): HTMLElement {
  let host = element;
  let parent = element.parentElement;
  while (parent && fieldKindOf(parent) === 'contenteditable') {
    host = parent;
    parent = parent.parentElement;
  }
  return host;
}

/**
 * The field an event happened in, read from `composedPath()` so fields inside open shadow roots
 * are found even though the event was retargeted to their host at the document.
 */
export function fieldFromPath(path: readonly EventTarget[]): EditableField | undefined {
  for (const target of path) {
    const kind = fieldKindOf(target);
    if (!kind) continue;
    const element = target as HTMLElement;
    return kind === 'contenteditable' ? editingHost(element) : element;
  }
  return undefined;
}

export function readFieldText(field: EditableField): string {
  const kind = fieldKindOf(field);
  if (kind === 'input' || kind === 'textarea') return (field as HTMLInputElement).value;
  // innerText keeps the line breaks a rich editor draws with <div> and <br>.
  const text = (field as HTMLElement).innerText;
  return typeof text === 'string' ? text : (field.textContent ?? '');
}

/**
 * What a text box will hold once the browser has put `pasted` over its selection, known before
 * it does. Undefined where the browser may change the text on the way in (line breaks into a
 * single-line box, a length limit) and for rich text, whose text only the editor knows.
 */
export function textAfterPaste(field: EditableField, pasted: string): string | undefined {
  const kind = fieldKindOf(field);
  if (kind !== 'input' && kind !== 'textarea') return undefined;
  const box = field as HTMLInputElement | HTMLTextAreaElement;
  const { selectionStart: start, selectionEnd: end, value } = box;
  if (start === null || end === null) return undefined;
  if (kind === 'input' && /[\r\n]/.test(pasted)) return undefined;
  // A text area's value keeps its line breaks as \n whatever the clipboard held.
  const inserted = kind === 'textarea' ? pasted.replace(/\r\n?/g, '\n') : pasted;
  const next = value.slice(0, start) + inserted + value.slice(end);
  if (box.maxLength >= 0 && next.length > box.maxLength) return undefined;
  return next;
}
