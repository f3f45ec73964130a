export { batchCopyText, DEFAULT_BATCH_SIZE, planBatches } from './plan';
export type { Batch, PlanOptions } from './plan';
