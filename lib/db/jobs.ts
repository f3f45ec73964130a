import type { SparkDatabase } from './database';
import type { AuthorizeJobRecord } from './job-record';

export type { AuthorizeJobRecord, StoredJobResult } from './job-record';

/** Jobs past this many per database are dropped, oldest first: they only explain the past. */
const KEPT_JOBS = 50;

export function createJobStore(db: SparkDatabase) {
  return {
    async save(job: AuthorizeJobRecord): Promise<void> {
      await db.authorizeJobs.put(job);
    },
    get(id: string): Promise<AuthorizeJobRecord | undefined> {
      return db.authorizeJobs.get(id);
    },
    /** The newest job for an ad account, whatever its state. */
    async latestFor(advertiserId: string): Promise<AuthorizeJobRecord | undefined> {
      const jobs = await db.authorizeJobs.where('advertiserId').equals(advertiserId).toArray();
      return jobs.sort((a, b) => b.startedAt - a.startedAt)[0];
    },
    /**
     * Marks every job left `running` as `interrupted`: called when the worker starts, when no
     * job of this worker can be running yet. Returns the jobs it marked.
     */
    async interruptRunning(now: number): Promise<AuthorizeJobRecord[]> {
      return db.transaction('rw', db.authorizeJobs, async () => {
        const left = await db.authorizeJobs.where('state').equals('running').toArray();
        const marked = left.map((job) => ({
          ...job,
          state: 'interrupted' as const,
          updatedAt: now,
        }));
        await db.authorizeJobs.bulkPut(marked);
        const all = await db.authorizeJobs.orderBy('updatedAt').primaryKeys();
        await db.authorizeJobs.bulkDelete(all.slice(0, Math.max(0, all.length - KEPT_JOBS)));
        return marked;
      });
    },
  };
}
export type JobStore = ReturnType<typeof createJobStore>;
