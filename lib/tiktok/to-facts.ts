import type { z } from 'zod';
import type { LiveFacts } from './facts';
import type { AdvertiserInfoData, authInfoSchema, ListData, VideoInfoData } from './schemas';

type AuthInfo = z.output<typeof authInfoSchema>;

/** A post already authorized to an ad account, as `/tt_video/list/` reports it. */
export interface AuthorizedPost {
  itemId: string;
  authCode?: string;
  authStatus?: string;
  authEnd?: number;
}

/** An ad account's settings, as `/advertiser/info/` reports them. */
export interface AdvertiserAccountInfo {
  id: string;
  name?: string;
  /** Two-letter country code, the basis of the region check. */
  country?: string;
  currency?: string;
  /** IANA name, e.g. America/New_York. */
  timezone?: string;
}

/** Drops keys whose value is undefined, so stored facts only hold what TikTok said. */
function defined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, entry]) => entry !== undefined)) as T;
}

/** TikTok fills "no original post" with 0 in some answers. */
function originalPost(id: string | undefined): string | undefined {
  return id === undefined || /^0+$/.test(id) ? undefined : id;
}

/** Product regions from every anchor (and the item itself), each once, in first-seen order. */
function productRegions(item: VideoInfoData['item_info']): string[] | undefined {
  const lists = [item.product_regions, ...(item.anchor_list ?? []).map((a) => a.product_regions)];
  const present = lists.filter((list): list is string[] => list !== undefined);
  if (present.length === 0) return undefined;
  return [...new Set(present.flat())];
}

/** The anchors that link a TikTok Shop product; none when the post sells nothing. */
function products(item: VideoInfoData['item_info']): LiveFacts['products'] {
  const linked = (item.anchor_list ?? []).flatMap((anchor) =>
    anchor.spu_id
      ? [
          defined({
            spuId: anchor.spu_id,
            name: anchor.spu_name,
            storeId: anchor.store_id,
            status: anchor.status?.toUpperCase(),
          }),
        ]
      : [],
  );
  return linked.length > 0 ? linked : undefined;
}

/** A URL worth showing as an image: https only, so an answer can never point at anything else. */
function secureUrl(text: string | undefined): string | undefined {
  if (!text || text.length > 2000) return undefined;
  try {
    return new URL(text).protocol === 'https:' ? text : undefined;
  } catch {
    return undefined;
  }
}

/** Flattens a `/tt_video/info/` answer into the facts the pre-flight checks read. */
export function toLiveFacts(data: VideoInfoData, fetchedAt: number): LiveFacts {
  const item = data.item_info;
  const auth: AuthInfo | undefined = data.auth_info ?? item.auth_info ?? undefined;
  const mentioned = item.mentioned_item_ids?.filter((id) => originalPost(id) !== undefined);
  return defined<LiveFacts>({
    fetchedAt,
    itemId: item.item_id,
    caption: item.text ?? undefined,
    creatorName: data.user_info?.tiktok_name,
    coverUrl: secureUrl(data.video_info?.poster_url),
    itemStatus: item.status,
    itemType: item.item_type,
    authStatus: auth?.ad_auth_status,
    authStart: auth?.auth_start_time,
    authEnd: auth?.auth_end_time,
    productRegions: productRegions(item),
    products: products(item),
    stitchOriginalItemId: originalPost(item.stitch_original_item_id),
    duetOriginalItemId: originalPost(item.duet_original_item_id),
    mentionedItemIds: mentioned && mentioned.length > 0 ? mentioned : undefined,
  });
}

type ListEntry = NonNullable<ListData['list']>[number];

/** One list entry, whether TikTok nested it like the info answer or sent it flat. */
export function toAuthorizedPost(entry: ListEntry): AuthorizedPost | undefined {
  const itemId = entry.item_info?.item_id ?? entry.item_id;
  if (!itemId) return undefined;
  const auth = entry.auth_info ?? entry.item_info?.auth_info ?? undefined;
  return defined<AuthorizedPost>({
    itemId,
    authCode: entry.item_info?.auth_code ?? entry.auth_code,
    authStatus: auth?.ad_auth_status,
    authEnd: auth?.auth_end_time,
  });
}

type AdvertiserEntry = NonNullable<AdvertiserInfoData['list']>[number];

export function toAdvertiserAccount(entry: AdvertiserEntry): AdvertiserAccountInfo {
  return defined<AdvertiserAccountInfo>({
    id: entry.advertiser_id,
    name: entry.name,
    country: entry.country?.toUpperCase(),
    currency: entry.currency,
    timezone: entry.timezone ?? entry.display_timezone,
  });
}
