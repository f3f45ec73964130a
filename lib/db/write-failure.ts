import Dexie, { type Table } from 'dexie';
import type { SparkDatabase } from './database';

export type WriteFailureKind = 'out-of-space' | 'not-written';

/**
 * The browser refused to store a change. Every write runs in one transaction, so when this is
 * thrown the inventory is exactly as it was before; the message says so in the buyer's words.
 */
export class InventoryWriteError extends Error {
  override readonly name = 'InventoryWriteError';

  constructor(
    readonly kind: WriteFailureKind,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

const OUT_OF_SPACE =
  'The browser has no storage space left for Spark Preflight, so nothing was saved. Free some ' +
  'disk space, or export a backup from the dashboard and delete codes you no longer need.';

const notWritten = (name: string) =>
  `The browser could not write to the inventory (${name}), so nothing was saved. Your codes ` +
  'are as they were; try again.';

interface NamedError {
  name?: unknown;
  inner?: unknown;
  cause?: unknown;
}

/** Chrome reports a full disk on the aborted transaction, with the quota error inside it. */
function isOutOfSpace(error: unknown, depth = 0): boolean {
  if (typeof error !== 'object' || error === null || depth > 3) return false;
  const { name, inner, cause } = error as NamedError;
  if (name === 'QuotaExceededError') return true;
  return isOutOfSpace(inner, depth + 1) || isOutOfSpace(cause, depth + 1);
}

/** Errors from IndexedDB itself; anything else (a missing code, a bad value) is the caller's. */
function isStorageError(error: unknown): error is Error {
  return (
    error instanceof Dexie.DexieError ||
    (typeof DOMException !== 'undefined' && error instanceof DOMException)
  );
}

export function explainWriteFailure(error: unknown): unknown {
  if (!isStorageError(error)) return error;
  return isOutOfSpace(error)
    ? new InventoryWriteError('out-of-space', OUT_OF_SPACE, { cause: error })
    : new InventoryWriteError('not-written', notWritten(error.name), { cause: error });
}

/**
 * Runs `work` in one read-write transaction over `tables`: it all lands or none of it does, and a
 * storage failure comes back as an error the buyer can act on.
 */
export async function writeTransaction<T>(
  db: SparkDatabase,
  tables: readonly Table[],
  work: () => Promise<T>,
): Promise<T> {
  try {
    return await db.transaction('rw', [...tables], work);
  } catch (error) {
    throw explainWriteFailure(error);
  }
}

/** Large writes go in slices so progress can be shown and memory stays flat. */
export const WRITE_CHUNK = 2000;
