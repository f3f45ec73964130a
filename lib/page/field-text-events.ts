import { fieldFromPath, readFieldText, textAfterPaste, type EditableField } from './editable-field';

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
  /** A paste the input event has not followed yet, and the text reported for it, if any. */
  let pendingPaste: { field: EditableField; pasted: string; reported?: string } | undefined;

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
    const paste = pendingPaste?.field === field ? pendingPaste : undefined;
    if (paste) pendingPaste = undefined;
    const text = readFieldText(field);
    // The paste was reported as it began, and the field holds just what was expected.
    if (paste && paste.reported === text) return;
    const inputType = (event as InputEvent).inputType ?? '';
    const whole =
      paste !== undefined || !/^(?:insertText|insertCompositionText|delete)/.test(inputType);
    onText({ field, text, trigger: whole ? 'paste' : 'typing' });
  };

  // A page that handles the paste itself (preventDefault, then inserts later or never) fires no
  // `input` event; the pasted text is then checked on its own so the buyer still gets the panel.
  const onPaste = (event: Event) => {
    const field = fieldOf(event);
    if (!field) return;
    const pasted = (event as ClipboardEvent).clipboardData?.getData('text/plain') ?? '';
    if (!pasted) return;
    // In a plain text box the field's next text is known now, while the browser is still
    // inserting it: the panel starts on it at once. The input event that follows is reported
    // only if the field ends up holding something else (the page changed the paste).
    const reported = textAfterPaste(field, pasted);
    const paste = { field, pasted, reported };
    pendingPaste = paste;
    if (reported !== undefined) onText({ field, text: reported, trigger: 'paste' });
    later(() => {
      if (pendingPaste !== paste) return;
      pendingPaste = undefined;
      const now = readFieldText(field);
      const text = now.includes(pasted.trim()) ? now : pasted;
      if (text !== reported) onText({ field, text, trigger: 'paste' });
    });
  };

  doc.addEventListener('input', onInput, { capture: true, signal: options.signal });
  doc.addEventListener('paste', onPaste, { capture: true, signal: options.signal });
}
