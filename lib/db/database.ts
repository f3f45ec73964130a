import Dexie, { type Table } from 'dexie';
import type { CodePerformance, PerformanceRun, Star } from '../records/performance';
import type { CodeEvent, CodeRecord } from '../records/schema';
import type { AuthorizeJobRecord } from './job-record';

export const DATABASE_NAME = 'spark-preflight';

/** A deleted code kept until the buyer's undo window has passed. */
export interface TrashedCode {
  code: string;
  deletedAt: number;
  record: CodeRecord;
}

/**
 * The inventory. Each `version()` below is a schema the extension has shipped; never edit one,
 * add the next. tests/unit/db-upgrade.test.ts opens a fixture of every past version.
 */
export class SparkDatabase extends Dexie {
  codes!: Table<CodeRecord, string>;
  events!: Table<CodeEvent, number>;
  trash!: Table<TrashedCode, string>;
  authorizeJobs!: Table<AuthorizeJobRecord, string>;
  /** What each code's post earned, as last read; rows are checked on read (records/performance). */
  performance!: Table<CodePerformance, string>;
  performanceRuns!: Table<PerformanceRun, string>;
  stars!: Table<Star, string>;

  constructor(name = DATABASE_NAME, options?: ConstructorParameters<typeof Dexie>[1]) {
    super(name, options);
    this.version(1).stores({
      codes: 'code, status, expiresAt, adAccountId, addedAt, batchId',
      events: '++id, code, at, type',
      trash: 'code, deletedAt',
    });
    // Batches being authorized through the API, kept so a job outlives the service worker.
    this.version(2).stores({
      authorizeJobs: 'id, advertiserId, state, updatedAt',
    });
    // Run events list the codes they are about; the index finds them per code.
    this.version(3).stores({
      events: '++id, code, at, type, *codes',
    });
    // Report figures per code, each account's last read, and the codes the buyer starred. New
    // stores only: no existing row is touched.
    this.version(4).stores({
      performance: 'code, advertiserId, readAt',
      performanceRuns: 'advertiserId, readAt',
      stars: 'code',
    });
  }
}

export function openDatabase(name = DATABASE_NAME): SparkDatabase {
  return new SparkDatabase(name);
}
