import type { EditableField, FieldKind } from '../page/editable-field';
import { cleanedFieldText, writeFieldText, type RestoreField } from '../page/write-field';
import type { PanelStore } from './panel-store';

function cleanedNotice(kind: FieldKind, count: number): string {
  if (kind === 'input' && count > 1) {
    return `Field cleaned. It takes one code, so it now holds the first of ${count}.`;
  }
  const codes = `${count} ${count === 1 ? 'code' : 'codes'}`;
  return kind === 'input' ? `Field cleaned: ${codes}.` : `Field cleaned: ${codes}, one per line.`;
}

/**
 * "Clean field" and its Undo. While the cleaner writes, the field's own input event is the
 * panel's doing, not an edit by the buyer; `writing` tells the two apart. Undo is offered until
 * the buyer edits the field by hand.
 */
export function createFieldCleaner(store: PanelStore) {
  let restore: RestoreField | undefined;
  let writing = false;

  const write = (apply: () => void) => {
    writing = true;
    try {
      apply();
    } finally {
      writing = false;
    }
  };

  return {
    get writing() {
      return writing;
    },
    get canUndo() {
      return restore !== undefined;
    },
    /** The buyer changed the field, or it went away: the old text is no longer theirs to want back. */
    forget() {
      restore = undefined;
    },
    clean(field: EditableField, kind: FieldKind, codes: readonly string[]) {
      if (codes.length === 0) return;
      if (!field.isConnected) {
        store.setState({ notice: { tone: 'info', text: 'That field is no longer on the page.' } });
        return;
      }
      write(() => {
        restore = writeFieldText(field, cleanedFieldText(codes, kind));
      });
      store.setState({
        canUndoClean: true,
        notice: { tone: 'success', text: cleanedNotice(kind, codes.length) },
      });
    },
    undo() {
      const undo = restore;
      restore = undefined;
      if (!undo) return;
      write(undo);
      store.setState({
        canUndoClean: false,
        notice: { tone: 'info', text: 'Field put back as it was.' },
      });
    },
  };
}
