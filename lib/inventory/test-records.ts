import type { CodeRecord } from '../records/schema';

export const DAY = 86_400_000;
export const NOW = Date.UTC(2026, 10, 25, 12);

let serial = 0;

/** A stored record with sensible defaults; tests override only what they are about. */
export function record(overrides: Partial<CodeRecord> = {}): CodeRecord {
  serial += 1;
  return {
    code: `#TestCode${String(serial).padStart(4, '0')}AbCdEfGhIjKlMnOpQrStUvWxYz0123456789+/abc=`,
    raw: 'pasted',
    extractionWarnings: [],
    status: 'new',
    addedAt: NOW - serial * 1000,
    updatedAt: NOW,
    ...overrides,
  };
}
