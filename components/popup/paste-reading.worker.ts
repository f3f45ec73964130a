/** Reads big pastes for the Add box off the popup's thread; see paste-reading.ts. */
import '../../lib/api/zod-config';
import { serveJobs, type WorkerScope } from '../work/worker-jobs';
import { pasteJobSchema, readPasteNow } from './paste-reading';

serveJobs(globalThis as unknown as WorkerScope, pasteJobSchema, readPasteNow);
