import type { TokenStore } from '../settings/store';
import type { TikTokClient } from '../tiktok/client';

export interface LiveAccessDeps {
  tokens: Pick<TokenStore, 'get'>;
  /** Whether the buyer granted the API host permission; without it every request would fail. */
  hasApiAccess: () => Promise<boolean>;
  makeClient: (token: string) => TikTokClient;
}

export type LiveAccess =
  | { ok: true; client: TikTokClient }
  | { ok: false; reason: 'no-token' | 'no-permission'; message: string; fix: string };

const NO_TOKEN = {
  ok: false as const,
  reason: 'no-token' as const,
  message: 'No access token is saved.',
  fix: 'Paste a Marketing API access token in Options › TikTok Marketing API.',
};

const NO_PERMISSION = {
  ok: false as const,
  reason: 'no-permission' as const,
  message: 'Spark Preflight may not reach business-api.tiktok.com yet.',
  fix: 'Open Options, save the token again and allow access when the browser asks.',
};

/**
 * The one gate before anything reaches TikTok: a saved token and the host permission. Read once
 * per request, so a batch of codes costs one token read.
 */
export async function openLiveAccess(deps: LiveAccessDeps): Promise<LiveAccess> {
  const token = await deps.tokens.get();
  if (!token) return NO_TOKEN;
  if (!(await deps.hasApiAccess())) return NO_PERMISSION;
  return { ok: true, client: deps.makeClient(token) };
}
