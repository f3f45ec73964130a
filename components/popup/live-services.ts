import type { AuthorizeJob } from '../../lib/api/live-schemas';
import type { ResponseOf } from '../../lib/api/operations';

export type SyncOutcome = ResponseOf<'syncApplied'>;

/**
 * The Marketing API features, run by the background so a batch keeps going after the popup
 * closes. Absent from the services when the UI runs without an extension behind it.
 */
export interface LiveActions {
  /** Whether the buyer saved an access token; live buttons only show when true. */
  hasToken(): Promise<boolean>;
  authorize(
    advertiserId: string,
    codes: string[],
    originals: Record<string, string>,
  ): Promise<string>;
  cancel(jobId: string): Promise<void>;
  /** Calls back with each progress update of a job; returns the unsubscribe. */
  watchJob(jobId: string, onProgress: (job: AuthorizeJob) => void): () => void;
  syncApplied(advertiserId: string): Promise<SyncOutcome>;
  refresh(codes: string[]): Promise<ResponseOf<'refreshLive'>>;
}
