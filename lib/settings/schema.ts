import { z } from 'zod';
import { regionSchema } from '../records/schema';
import { panelDockSchema } from './panel-dock';

export const adAccountSchema = z.object({
  id: z.string().regex(/^\d{1,30}$/, 'accounts_errorId'),
  name: z.string().max(200).optional(),
  country: regionSchema.optional(),
  currency: z.string().max(10).optional(),
  timezone: z.string().max(60).optional(),
  /** TikTok Shop: false when the buyer says the account sells nothing through Shop (GMV Max). */
  shop: z.boolean().optional(),
  /** The Shop store the account's products must come from, as the buyer recorded it. */
  shopStoreId: z.string().trim().max(40).optional(),
});
export type AdAccount = z.infer<typeof adAccountSchema>;

export const DEFAULT_RENEWAL_TEMPLATE =
  'Hi @{creator}, the Spark Ads authorization for {post} ends on {date}. ' +
  'Could you extend it (or send a new code) so the ads keep running? Thank you!';

export { panelDockSchema, type PanelDockPref } from './panel-dock';

export const settingsSchema = z.object({
  batchSize: z.number().int().min(1).max(100).default(20),
  alertWindowDays: z.number().int().min(0).max(60).default(3),
  defaultAdAccountId: z.string().optional(),
  accounts: z.array(adAccountSchema).default([]),
  panel: z
    .object({
      side: z.enum(['right', 'left']).default('right'),
      collapsed: z.boolean().default(false),
      /** Page paths (no query) where the buyer switched the panel off. */
      disabledPaths: z.array(z.string()).default([]),
      /** Where the buyer dragged the panel, per page path: an edge or a spot. */
      docks: z.record(z.string().max(2000), panelDockSchema).default({}),
    })
    .default({ side: 'right', collapsed: false, disabledPaths: [], docks: {} }),
  renewalTemplate: z.string().max(2000).default(DEFAULT_RENEWAL_TEMPLATE),
});
export type Settings = z.infer<typeof settingsSchema>;

export const defaultSettings: Settings = settingsSchema.parse({});

/** Reads whatever is stored, keeping every valid part and falling back per field. */
export function readSettings(stored: unknown): Settings {
  const parsed = settingsSchema.safeParse(stored ?? {});
  if (parsed.success) return parsed.data;
  if (typeof stored !== 'object' || stored === null) return defaultSettings;
  const salvaged: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(stored)) {
    const field = settingsSchema.shape[key as keyof Settings];
    if (field && field.safeParse(value).success) salvaged[key] = value;
  }
  return settingsSchema.parse(salvaged);
}

/** What the checks read of an account: its country and its TikTok Shop details. */
export function accountForChecks(account: AdAccount) {
  return {
    id: account.id,
    country: account.country,
    shop: account.shop,
    shopStoreId: account.shopStoreId || undefined,
  };
}

export function accountById(settings: Settings, id: string | undefined): AdAccount | undefined {
  return id ? settings.accounts.find((a) => a.id === id) : undefined;
}
