/**
 * happy-dom has no notion of a trusted event; browsers mark the user's own input with
 * `isTrusted`, which page scripts cannot fake. Tests mark the events that stand for the buyer.
 */
export function trusted<E extends Event>(event: E): E {
  Object.defineProperty(event, 'isTrusted', { value: true });
  return event;
}

/** The buyer putting `value` into a field: a paste (whole) unless `inputType` says typing. */
export function buyerInput(
  field: HTMLInputElement | HTMLTextAreaElement,
  value: string,
  inputType = 'insertFromPaste',
): void {
  field.value = value;
  field.dispatchEvent(
    trusted(new InputEvent('input', { bubbles: true, composed: true, inputType })),
  );
}

/** The buyer clicking `element`. */
export function buyerClick(element: Element): void {
  element.dispatchEvent(trusted(new MouseEvent('click', { bubbles: true, composed: true })));
}

/** The buyer leaving `element` (Tab, or a click elsewhere). */
export function buyerLeaves(element: Element): void {
  element.dispatchEvent(trusted(new FocusEvent('focusout', { bubbles: true, composed: true })));
}
