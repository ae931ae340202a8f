/**
 * The worker-thread entry of `reckon extract --jsonl --jobs N`: piscina loads this module in
 * each worker and calls its default export with one batch at a time.
 */
import { type Batch, type BatchResult, processBatch } from './process-batch';

/**
 * Extracts a batch. Its hit lines are already UTF-8; they are cut to their length so that
 * the copy to the main thread holds no spare room of the buffer they were written into.
 */
export default function extractBatch(batch: Batch): BatchResult {
  const result = processBatch(batch);
  return { ...result, out: result.out.slice() };
}
