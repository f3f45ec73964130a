import type { z } from 'zod';
import type { Problem } from './errors';
import { envelopeSchema } from './schemas';

export type EnvelopeResult<T> =
  { ok: true; data: T; requestId?: string } | { ok: false; problem: Problem; requestId?: string };

function parseJson(body: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(body) as unknown };
  } catch {
    return { ok: false };
  }
}

function isSuccessStatus(status: number): boolean {
  return status >= 200 && status < 300;
}

/** When the body says nothing usable, the HTTP status is the best account of what happened. */
function unreadable(status: number): Problem {
  return isSuccessStatus(status) ? { kind: 'malformed' } : { kind: 'http', status };
}

/**
 * Reads one HTTP answer from the Marketing API: the `{code, message, request_id, data}`
 * envelope, then `data` against the endpoint's schema. Every endpoint goes through here, so
 * success, TikTok errors and unreadable answers are told apart the same way everywhere.
 */
export function readEnvelope<S extends z.ZodType>(
  status: number,
  body: string,
  dataSchema: S,
): EnvelopeResult<z.output<S>> {
  // Throttling is about the request, not its body; whatever the body says, it did not run.
  if (status === 429) return { ok: false, problem: { kind: 'http', status } };

  const json = parseJson(body);
  if (!json.ok) return { ok: false, problem: unreadable(status) };
  const envelope = envelopeSchema.safeParse(json.value);
  if (!envelope.success) return { ok: false, problem: unreadable(status) };

  const { code, message, request_id } = envelope.data;
  const requestId = request_id ?? undefined;
  if (code !== 0) {
    return { ok: false, problem: { kind: 'api', code, message: message ?? '' }, requestId };
  }
  if (!isSuccessStatus(status)) return { ok: false, problem: { kind: 'http', status }, requestId };

  const data = dataSchema.safeParse(envelope.data.data);
  if (!data.success) return { ok: false, problem: { kind: 'malformed' }, requestId };
  return { ok: true, data: data.data, requestId };
}
