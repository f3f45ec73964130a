import * as Y from 'yjs';

/**
 * Yjs updates merge without loss in any order, so storing the union of what is stored and what
 * arrives is always safe, whereas overwriting would let a stale instance erase newer edits.
 */
export function mergeStoredState(stored: Uint8Array | null, incoming: Uint8Array): Uint8Array {
  return stored ? Y.mergeUpdates([stored, incoming]) : incoming;
}
