import { fieldFromPath, readFieldText, type EditableField } from './editable-field';

export interface FieldText {
  field: EditableField;
  /** Everything the field holds now, or the pasted text when the page kept it out of the field. */
  text: string;
  /** `typing` for key-by-key edits; pastes, drops and autofill arrive whole as `paste`. */
  trigger: 'typing' | 'paste';
}

export interface FieldTextOptions {
  signal: AbortSignal;
  /** True for events from the extension's own UI. */
  ignore?: (path: readonly EventTarget[]) => boolean;
  /** Runs a callback after the current task; tests pass a synchronous one. */
  later?: (callback: () => void) => void;
}

/**
 * Calls `onText` whenever the buyer types or pastes into any text field of `doc`, including
 * fields the page mounts later (one listener on the document, nothing per field) and fields in
 * open shadow roots (`input` and `paste` are composed events, and `composedPath()` still names
 * the real field). Capture phase, so a page that stops propagation cannot hide the event.
 */
export function listenForFieldText(
  doc: Document,
  onText: (change: FieldText) => void,
  options: FieldTextOptions,
): void {
  const later = options.later ?? ((callback) => setTimeout(callback, 0));
  let pendingPaste: { field: EditableField; pasted: string } | undefined;

  const fieldOf = (event: Event): EditableField | undefined => {
    // Only the buyer's own keystrokes and pastes count: a page script can fire look-alike events
    // (and write the field first) to make the panel check, add or record what it chooses.
    if (!event.isTrusted) return undefined;
    const path = event.composedPath();
    if (options.ignore?.(path)) return undefined;
    return fieldFromPath(path);
  };

  const onInput = (event: Event) => {
    const field = fieldOf(event);
    if (!field) return;
    const pasted = pendingPaste?.field === field;
    if (pasted) pendingPaste = undefined;
    const inputType = (event as InputEvent).inputType ?? '';
    const whole = pasted || !/^(?:insertText|insertCompositionText|delete)/.test(inputType);
    onText({ field, text: readFieldText(field), trigger: whole ? 'paste' : 'typing' });
  };

  // A page that handles the paste itself (preventDefault, then inserts later or never) fires no
  // `input` event; the pasted text is then checked on its own so the buyer still gets the panel.
  const onPaste = (event: Event) => {
    const field = fieldOf(event);
    if (!field) return;
    const pasted = (event as ClipboardEvent).clipboardData?.getData('text/plain') ?? '';
    if (!pasted) return;
    const paste = { field, pasted };
    pendingPaste = paste;
    later(() => {
      if (pendingPaste !== paste) return;
      pendingPaste = undefined;
      const now = readFieldText(field);
      const text = now.includes(pasted.trim()) ? now : pasted;
      onText({ field, text, trigger: 'paste' });
    });
  };

  doc.addEventListener('input', onInput, { capture: true, signal: options.signal });
  doc.addEventListener('paste', onPaste, { capture: true, signal: options.signal });
}
