import type { LiveFacts } from '../tiktok/facts';
import { definitiveFailure, faultFailure, liveHint, liveView } from './live';
import { liveOnly, phrase, result, sentences } from './result';
import type { Check } from './types';

const ASK_FOR_ORIGINAL = "Ask the creator for the original post's code and authorize both together";

/** The ways a post can borrow another video, each of which makes TikTok want that video's code. */
function borrowedFrom(facts: LiveFacts): string[] {
  const ways: string[] = [];
  if (facts.stitchOriginalItemId?.trim()) ways.push('stitches');
  if (facts.duetOriginalItemId?.trim()) ways.push('duets');
  if (facts.mentionedItemIds?.some((id) => id.trim())) ways.push('mentions');
  return ways;
}

function joinWays(ways: readonly string[]): string {
  if (ways.length <= 1) return ways.join('');
  return `${ways.slice(0, -1).join(', ')} and ${ways[ways.length - 1]}`;
}

export const originalPostCheck: Check = (input) => {
  const view = liveView(input);
  const verdict = definitiveFailure(view);
  if (verdict?.reason === 'original_post_needed') {
    return result(
      'original-post',
      'fail',
      "TikTok needs the original post's code too: this post stitches, duets or mentions another video",
      ASK_FOR_ORIGINAL,
      { source: 'live' },
    );
  }
  // What a post borrows from never changes, so facts from an earlier lookup still count.
  if (view.facts) {
    const ways = borrowedFrom(view.facts);
    if (ways.length === 0) {
      return result('original-post', 'pass', 'Does not stitch, duet or mention another video', '', {
        source: 'live',
      });
    }
    return result(
      'original-post',
      'warn',
      `This post ${joinWays(ways)} another video; TikTok will ask for the original post's code too`,
      ASK_FOR_ORIGINAL,
      { source: 'live' },
    );
  }
  if (verdict) {
    return result('original-post', 'unknown', `Could not see the post: ${phrase(verdict.message)}`);
  }
  const fault = faultFailure(view);
  const fix = sentences(
    liveHint(view),
    "If the post stitches, duets or mentions another video, ask the creator for the original post's code too",
  );
  if (fault) {
    return result('original-post', 'unknown', `Not verified live: ${phrase(fault.message)}`, fix);
  }
  return liveOnly('original-post', 'Not verified live', fix);
};
