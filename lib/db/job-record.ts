/**
 * One code's outcome in an authorization job, as stored. `failure` is TikTok's or the
 * extension's explanation, with the fix.
 */
export interface StoredJobResult {
  code: string;
  kind: 'applied' | 'failed' | 'needs-original' | 'unknown' | 'cancelled';
  failure?: { message: string; fix: string; [key: string]: unknown };
}

/**
 * A batch being authorized through the API. `interrupted` means the service worker stopped
 * while it ran: codes without a result may or may not have reached TikTok.
 */
export interface AuthorizeJobRecord {
  id: string;
  advertiserId: string;
  codes: string[];
  originals: Record<string, string>;
  state: 'running' | 'finished' | 'cancelled' | 'interrupted';
  results: StoredJobResult[];
  startedAt: number;
  updatedAt: number;
}
