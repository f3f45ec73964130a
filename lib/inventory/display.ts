/** "#s63DdePaj9…FnF+qA=": enough of both ends to tell codes apart at a glance. */
export function shortCode(code: string, head = 10, tail = 7): string {
  return code.length <= head + tail + 1 ? code : `${code.slice(0, head)}…${code.slice(-tail)}`;
}

export function handleText(handle: string | undefined): string | undefined {
  return handle ? `@${handle.replace(/^@+/, '')}` : undefined;
}

/**
 * A TikTok post URL is long and mostly the same; the useful part is whose post and its id.
 * Anything that is not a recognisable post URL is shown as typed.
 */
export function postText(post: string | undefined): string | undefined {
  if (!post) return undefined;
  const match = /tiktok\.com\/(@[^/?#]+)\/(?:video|photo)\/(\d+)/i.exec(post);
  if (match) return `${match[1]} · ${match[2]}`;
  return post.replace(/^https?:\/\/(www\.)?/i, '');
}

/** Only real web links become clickable; anything else the buyer typed stays plain text. */
export function postHref(post: string | undefined): string | undefined {
  if (!post) return undefined;
  try {
    const url = new URL(post);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

export function dateText(epochMs: number, timeZone?: string): string {
  return new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeZone }).format(epochMs);
}

export function timeText(epochMs: number, timeZone?: string): string {
  return new Intl.DateTimeFormat(undefined, { timeStyle: 'short', timeZone }).format(epochMs);
}
