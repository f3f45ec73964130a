/**
 * Settings come from flags first, then environment variables, then defaults, so one command
 * starts a working server and a deployment sets everything through its environment.
 */
import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import type { RateLimit } from './rate-limit';
import { MIN_SECRET_LENGTH } from './tokens';

export interface TeamServerConfig {
  port: number;
  host: string;
  /** SQLite file and generated secret live here when no Postgres URL is given. */
  dataDir: string;
  secret: string;
  redisUrl?: string;
  postgresUrl?: string;
  inviteRateLimit: RateLimit;
  trustProxy: boolean;
  /** How often every instance looks for members removed elsewhere. */
  removalPollMs: number;
  /** Quiet time before a changed document is written to the store. */
  storeDebounceMs: number;
  name?: string;
}

export const DEFAULT_TEAM_SERVER_CONFIG = {
  port: 8787,
  host: '127.0.0.1',
  dataDir: 'team-data',
  inviteRateLimit: { points: 10, durationSeconds: 600 },
  trustProxy: false,
  removalPollMs: 2000,
  storeDebounceMs: 2000,
} satisfies Partial<TeamServerConfig>;

export const SETTINGS = {
  port: { flag: 'port', env: 'TEAM_PORT', help: 'port to listen on (8787)' },
  host: { flag: 'host', env: 'TEAM_HOST', help: 'address to listen on (127.0.0.1)' },
  dataDir: { flag: 'data', env: 'TEAM_DATA_DIR', help: 'data folder for SQLite (./team-data)' },
  secret: { flag: 'secret', env: 'TEAM_SECRET', help: `token secret, ${MIN_SECRET_LENGTH}+ chars` },
  redisUrl: { flag: 'redis', env: 'TEAM_REDIS_URL', help: 'Redis URL, to run several instances' },
  postgresUrl: { flag: 'postgres', env: 'TEAM_DATABASE_URL', help: 'Postgres URL, shared store' },
  trustProxy: {
    flag: 'trust-proxy',
    env: 'TEAM_TRUST_PROXY',
    help: 'take client addresses from X-Forwarded-For (behind your TLS proxy only)',
  },
  inviteAttempts: {
    flag: 'invite-attempts',
    env: 'TEAM_INVITE_ATTEMPTS',
    help: 'failed invite exchanges allowed per address per 10 minutes (10)',
  },
} as const;

export type SettingName = keyof typeof SETTINGS;
export type RawSettings = Partial<Record<SettingName, string | boolean>>;

const settingsSchema = z.object({
  port: z.coerce.number().int().min(0).max(65_535).default(DEFAULT_TEAM_SERVER_CONFIG.port),
  host: z.string().min(1).default(DEFAULT_TEAM_SERVER_CONFIG.host),
  dataDir: z.string().min(1).default(DEFAULT_TEAM_SERVER_CONFIG.dataDir),
  secret: z.string().min(MIN_SECRET_LENGTH).optional(),
  redisUrl: z
    .string()
    .regex(/^rediss?:\/\/\S+$/, 'Use a URL such as redis://127.0.0.1:6379')
    .optional(),
  postgresUrl: z
    .string()
    .regex(/^postgres(ql)?:\/\/\S+$/, 'Use a URL such as postgres://user@host/database')
    .optional(),
  trustProxy: z
    .union([z.boolean(), z.enum(['1', 'true', '0', 'false'])])
    .transform((value) => value === true || value === '1' || value === 'true')
    .default(false),
  inviteAttempts: z.coerce
    .number()
    .int()
    .positive()
    .default(DEFAULT_TEAM_SERVER_CONFIG.inviteRateLimit.points),
});

/** Flags win over the environment; empty environment variables count as unset. */
export function mergeSettings(flags: RawSettings, env: NodeJS.ProcessEnv): RawSettings {
  const merged: RawSettings = {};
  for (const [name, setting] of Object.entries(SETTINGS) as [SettingName, { env: string }][]) {
    const value = flags[name] ?? (env[setting.env] || undefined);
    if (value !== undefined) merged[name] = value;
  }
  return merged;
}

/**
 * A single SQLite server keeps a generated secret in its data folder, so tokens survive a
 * restart without any setup. Several instances must share one secret, so Postgres needs it set.
 */
function secretFor(dataDir: string, postgresUrl: string | undefined, given?: string): string {
  if (given) return given;
  if (postgresUrl) {
    throw new Error('Set TEAM_SECRET (or --secret), the same on every instance, with Postgres');
  }
  const file = path.join(dataDir, 'secret');
  try {
    return readFileSync(file, 'utf8').trim();
  } catch {
    mkdirSync(dataDir, { recursive: true });
    const secret = randomBytes(48).toString('base64url');
    writeFileSync(file, `${secret}\n`, { mode: 0o600, flag: 'wx' });
    return secret;
  }
}

export function serverConfig(raw: RawSettings): TeamServerConfig {
  const result = settingsSchema.safeParse(raw);
  if (!result.success) {
    const issue = result.error.issues[0];
    const name = issue?.path[0] as SettingName | undefined;
    const where = name ? `--${SETTINGS[name].flag} / ${SETTINGS[name].env}: ` : '';
    throw new Error(`${where}${issue?.message ?? 'invalid setting'}`);
  }
  const settings = result.data;
  return {
    ...DEFAULT_TEAM_SERVER_CONFIG,
    port: settings.port,
    host: settings.host,
    dataDir: settings.dataDir,
    secret: secretFor(settings.dataDir, settings.postgresUrl, settings.secret),
    redisUrl: settings.redisUrl,
    postgresUrl: settings.postgresUrl,
    trustProxy: settings.trustProxy,
    inviteRateLimit: {
      ...DEFAULT_TEAM_SERVER_CONFIG.inviteRateLimit,
      points: settings.inviteAttempts,
    },
  };
}
