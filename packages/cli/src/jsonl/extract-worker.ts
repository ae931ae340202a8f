/**
 * The worker-thread entry of `reckon extract --jsonl --jobs N`: piscina loads this module in
 * each worker and calls its default export with one batch at a time.
 */
import { type Batch, type EncodedBatchResult, processBatch } from './process-batch';

const encoder = new TextEncoder();

/**
 * Extracts a batch and hands back its hit lines as UTF-8. Bytes cross to the main thread as
 * one copy of memory outside the JavaScript heap, and the main thread writes them as they
 * are; a string would be copied into its heap (where collecting it costs) and encoded there,
 * taking time from the thread that also reads, writes and extracts.
 */
export default function extractBatch(batch: Batch): EncodedBatchResult {
  const result = processBatch(batch);
  return { ...result, out: encoder.encode(result.out) };
}
