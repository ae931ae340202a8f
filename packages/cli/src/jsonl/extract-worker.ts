/**
 * The worker-thread entry of `reckon extract --jsonl --jobs N`: piscina loads this module in
 * each worker and calls its default export with one batch at a time.
 */
import { type Batch, type BatchResult, processBatch } from './process-batch';

export default function extractBatch(batch: Batch): BatchResult {
  return processBatch(batch);
}
