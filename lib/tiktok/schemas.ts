import { z } from 'zod';
import { parseApiTime } from './time';

/*
 * Response shapes of the Marketing API v1.3 endpoints the extension calls. Objects are loose:
 * TikTok adds fields without notice and that must not break a lookup. Fields the checks rely on
 * (ids, times, regions) are typed strictly, so a changed shape surfaces as an unreadable answer
 * instead of a silently wrong verdict.
 */

/** Every answer: `code` 0 is success, anything else an error described by `message`. */
export const envelopeSchema = z.looseObject({
  code: z.number().int(),
  message: z.string().nullish(),
  request_id: z.string().nullish(),
  data: z.unknown().optional(),
});

/**
 * Ids are strings; a number is accepted only while it is exact, because a 19-digit post id
 * rounded by JSON would point at a different post.
 */
const idSchema = z
  .union([z.string(), z.number().int().refine(Number.isSafeInteger, 'id lost precision')])
  .transform(String);

/** Missing, null and '' all mean "TikTok did not say". */
const optionalId = idSchema
  .nullish()
  .transform((id) => (id === null || id === undefined || id === '' ? undefined : id));

const optionalText = z
  .string()
  .nullish()
  .transform((text) => (text === null || text === undefined || text === '' ? undefined : text));

const apiTimeSchema = z
  .union([z.string(), z.number()])
  .nullish()
  .refine(
    (value) =>
      value === null || value === undefined || value === '' || parseApiTime(value) !== undefined,
    'not a time TikTok writes',
  )
  .transform((value) =>
    value === null || value === undefined || value === '' ? undefined : parseApiTime(value),
  );

/** Regions arrive as a list, occasionally as one comma-separated string. */
const regionsSchema = z
  .union([z.array(z.string()), z.string()])
  .nullish()
  .transform((regions) => {
    if (regions === null || regions === undefined) return undefined;
    const list = typeof regions === 'string' ? regions.split(',') : regions;
    return list.map((region) => region.trim().toUpperCase()).filter(Boolean);
  });

export const anchorSchema = z.looseObject({
  product_regions: regionsSchema,
  /** A TikTok Shop product link: the product and store, and the link's review status. */
  spu_id: optionalId.catch(undefined),
  spu_name: optionalText.catch(undefined),
  store_id: optionalId.catch(undefined),
  /** CHECK_ING, CHECK_FAILED or CHECK_SUCCESS. */
  status: optionalText.catch(undefined),
});

export const authInfoSchema = z.looseObject({
  ad_auth_status: optionalText,
  auth_start_time: apiTimeSchema,
  auth_end_time: apiTimeSchema,
  invite_start_time: apiTimeSchema,
});

export const itemInfoSchema = z.looseObject({
  item_id: optionalId,
  auth_code: optionalText,
  text: z.string().nullish(),
  status: optionalText,
  item_type: optionalText,
  anchor_list: z.array(anchorSchema).nullish(),
  product_regions: regionsSchema,
  stitch_original_item_id: optionalId,
  duet_original_item_id: optionalId,
  mentioned_item_ids: z.array(idSchema).nullish(),
  /** Some answers nest the authorization inside the item. */
  auth_info: authInfoSchema.nullish(),
});

export const userInfoSchema = z.looseObject({
  tiktok_name: optionalText,
  identity_id: optionalId,
  identity_type: optionalText,
});

/** The video's media; only its cover is read, and an odd shape never sinks the answer. */
export const videoMediaSchema = z
  .looseObject({ poster_url: optionalText.catch(undefined) })
  .nullish()
  .catch(undefined);

/** `GET /tt_video/info/` */
export const videoInfoDataSchema = z.looseObject({
  item_info: itemInfoSchema,
  auth_info: authInfoSchema.nullish(),
  user_info: userInfoSchema.nullish(),
  video_info: videoMediaSchema,
});
export type VideoInfoData = z.infer<typeof videoInfoDataSchema>;

/** `POST /tt_video/authorize/` answers `data: {}`; nothing in it is used. */
export const authorizeDataSchema = z.unknown();

export const pageInfoSchema = z.looseObject({
  page: z.number().int().nullish(),
  page_size: z.number().int().nullish(),
  total_number: z.number().int().nullish(),
  total_page: z.number().int().nullish(),
});

/** A list entry is the info shape (`item_info` nested); a flat item is accepted as well. */
export const listEntrySchema = z.looseObject({
  item_info: itemInfoSchema.nullish(),
  auth_info: authInfoSchema.nullish(),
  item_id: optionalId,
  auth_code: optionalText,
});

/** `GET /tt_video/list/` */
export const listDataSchema = z.looseObject({
  list: z.array(listEntrySchema).nullish(),
  page_info: pageInfoSchema.nullish(),
});
export type ListData = z.infer<typeof listDataSchema>;

export const advertiserSchema = z.looseObject({
  advertiser_id: idSchema,
  name: optionalText,
  country: optionalText,
  currency: optionalText,
  timezone: optionalText,
  display_timezone: optionalText,
});

/** `GET /advertiser/info/` */
export const advertiserInfoDataSchema = z.looseObject({
  list: z.array(advertiserSchema).nullish(),
});
export type AdvertiserInfoData = z.infer<typeof advertiserInfoDataSchema>;

/** One ad from `GET /ad/get/`; `tiktok_item_id` is the post a Spark ad runs. */
export const adSchema = z.looseObject({
  ad_id: idSchema,
  tiktok_item_id: optionalId,
  identity_type: optionalText,
  operation_status: optionalText,
});

/** `GET /ad/get/` */
export const adListDataSchema = z.looseObject({
  list: z.array(adSchema).nullish(),
  page_info: pageInfoSchema.nullish(),
});

/** A metric as reports send it: a decimal string ("12.30"), sometimes a number, "-" for none. */
const metricSchema = z.union([z.string(), z.number()]).nullish().catch(undefined);

/** One row of `GET /report/integrated/get/` with `dimensions=["ad_id"]`. */
export const reportRowSchema = z.looseObject({
  dimensions: z.looseObject({ ad_id: idSchema }),
  metrics: z.record(z.string(), metricSchema).nullish(),
});

/** `GET /report/integrated/get/` (synchronous report) */
export const reportDataSchema = z.looseObject({
  list: z.array(reportRowSchema).nullish(),
  page_info: pageInfoSchema.nullish(),
});
