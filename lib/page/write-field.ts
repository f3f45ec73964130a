import { fieldKindOf, type EditableField, type FieldKind } from './editable-field';

/** Puts the field back the way it was before a write. */
export type RestoreField = () => void;

/**
 * The text "Clean field" writes: single-line inputs can only take one code, so they get the
 * first; multi-line fields get one code per line.
 */
export function cleanedFieldText(codes: readonly string[], kind: FieldKind): string {
  return kind === 'input' ? (codes[0] ?? '') : codes.join('\n');
}

/**
 * The `value` setter of the element's own prototype chain. React-style frameworks put a `value`
 * property on the element instance to track what they wrote last; calling the prototype's setter
 * goes around it, so the framework's next `input` event sees a real change and updates its state.
 */
function nativeValueSetter(element: object): ((value: string) => void) | undefined {
  for (let proto = Object.getPrototypeOf(element); proto; proto = Object.getPrototypeOf(proto)) {
    const descriptor = Object.getOwnPropertyDescriptor(proto, 'value');
    if (descriptor?.set) return descriptor.set;
  }
  return undefined;
}

function announceChange(field: EditableField): void {
  // The event comes from the field's own window so listeners in a frame see a native-looking event.
  const view = field.ownerDocument.defaultView;
  const InputEventClass = view?.InputEvent ?? InputEvent;
  field.dispatchEvent(
    new InputEventClass('input', {
      bubbles: true,
      composed: true,
      inputType: 'insertReplacementText',
    }),
  );
  const EventClass = view?.Event ?? Event;
  field.dispatchEvent(new EventClass('change', { bubbles: true }));
}

function setControlValue(field: HTMLInputElement | HTMLTextAreaElement, value: string): void {
  const setter = nativeValueSetter(field);
  if (setter) setter.call(field, value);
  else field.value = value;
  announceChange(field);
}

function setEditableLines(field: HTMLElement, text: string): void {
  const doc = field.ownerDocument;
  // One block per line, as browsers write it when Enter is pressed in a contenteditable.
  const lines = text.split('\n').map((line) => {
    const block = doc.createElement('div');
    if (line) block.textContent = line;
    else block.append(doc.createElement('br'));
    return block;
  });
  field.replaceChildren(...lines);
  announceChange(field);
}

/**
 * Replaces the field's text as if the buyer had typed it, and returns how to put the old text
 * back. Contenteditable fields are restored node for node, never through HTML strings.
 */
export function writeFieldText(field: EditableField, text: string): RestoreField {
  const kind = fieldKindOf(field);
  if (kind === 'input' || kind === 'textarea') {
    const control = field as HTMLInputElement | HTMLTextAreaElement;
    const previous = control.value;
    setControlValue(control, text);
    return () => setControlValue(control, previous);
  }
  if (kind === 'contenteditable') {
    const previous = Array.from(field.childNodes, (node) => node.cloneNode(true));
    setEditableLines(field, text);
    return () => {
      field.replaceChildren(...previous);
      announceChange(field);
    };
  }
  throw new Error('This field can no longer be edited.');
}
