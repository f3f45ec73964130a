/** Reads whole CSV files for an import off the dashboard's thread; see csv-reading.ts. */
import '../../lib/api/zod-config';
import { serveJobs, type WorkerScope } from '../work/worker-jobs';
import { csvJobSchema, readCsvNow } from './csv-reading';

serveJobs(globalThis as unknown as WorkerScope, csvJobSchema, readCsvNow);
