import { parsePostRef } from '../preflight/wrong-post';
import type { CodeRecord } from './schema';

/** The post a code authorizes: what TikTok said, else the post the buyer recorded. */
export function postIdOf(record: Pick<CodeRecord, 'live' | 'expectedPost'>): string | undefined {
  const live = record.live?.kind === 'facts' ? record.live.facts.itemId : undefined;
  if (live) return live;
  const ref = record.expectedPost ? parsePostRef(record.expectedPost) : undefined;
  return ref?.kind === 'id' ? ref.id : undefined;
}
