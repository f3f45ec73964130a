import { useState } from 'react';
import type { PanelRow } from '../../lib/panel/panel-model';
import { t } from './t';

/**
 * The post a code points to, as TikTok describes it: cover, creator and caption, so the buyer can
 * tell it is the right video before Search. The cover loads only when the row is on screen and
 * goes without a trace if TikTok's link to it has run out.
 */
export function PostPreview({ post }: { post: NonNullable<PanelRow['post']> }) {
  const [coverFailed, setCoverFailed] = useState(false);
  const showCover = post.coverUrl && !coverFailed;
  return (
    <figure className="sp-post">
      {showCover ? (
        <img
          className="sp-post__cover"
          src={post.coverUrl}
          alt=""
          width={36}
          height={48}
          loading="lazy"
          decoding="async"
          referrerPolicy="no-referrer"
          onError={() => setCoverFailed(true)}
        />
      ) : null}
      <figcaption className="sp-post__text">
        <span className="sp-post__who">
          {post.creatorName ? t('panel_postBy', [post.creatorName]) : t('panel_postOnTikTok')}
          {post.itemId ? (
            <span className="sp-muted"> · {t('panel_postId', [post.itemId])}</span>
          ) : null}
        </span>
        {post.caption ? <span className="sp-post__caption">“{post.caption}”</span> : null}
      </figcaption>
    </figure>
  );
}
