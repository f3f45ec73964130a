import type { LiveFacts } from '../tiktok/facts';

/** What the panel shows of the post a code points to, so the buyer sees it before Search. */
export interface PostPreview {
  itemId?: string;
  caption?: string;
  creatorName?: string;
  /** Left out once TikTok's signature on it has likely run out. */
  coverUrl?: string;
}

/** TikTok signs cover URLs for about an hour; a little less leaves no broken images. */
export const COVER_URL_LIFETIME_MS = 50 * 60_000;

const CAPTION_LIMIT = 300;

/** The post's preview from TikTok's facts about a code; undefined when TikTok said nothing. */
export function postPreview(facts: LiveFacts | undefined, now: number): PostPreview | undefined {
  if (!facts) return undefined;
  const { itemId, creatorName } = facts;
  const caption = facts.caption?.trim();
  const coverUrl =
    facts.coverUrl && now - facts.fetchedAt < COVER_URL_LIFETIME_MS ? facts.coverUrl : undefined;
  if (!itemId && !caption && !creatorName && !coverUrl) return undefined;
  return {
    itemId,
    creatorName,
    caption:
      caption && caption.length > CAPTION_LIMIT
        ? `${caption.slice(0, CAPTION_LIMIT - 1)}…`
        : caption || undefined,
    coverUrl,
  };
}
