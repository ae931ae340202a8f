import type { Batch, BatchResult, RecordFields } from './process-batch';

/**
 * Batches a worker holds at a time: the one it extracts and the next two, already posted, so
 * it still has work while the main thread extracts a batch of its own.
 */
const TASKS_PER_WORKER = 3;

/** The worker threads of `reckon extract --jsonl --jobs N`, beside the main thread. */
export interface WorkerPool {
  /** Extracts a batch in a worker; its bytes move there instead of being copied. */
  run(batch: Batch): Promise<BatchResult>;
  /**
   * Whether a worker that has started can take another batch. Until one has loaded its copy
   * of the parser it can take none, so no batch waits in its queue while it starts (the main
   * thread extracts them instead), and the batches written next never wait for it either.
   */
  hasRoom(): boolean;
  close(): Promise<void>;
}

/**
 * Starts `workers` worker threads with piscina. It is imported here, when workers are asked
 * for, so a run with one job never loads it. Each worker is sent an empty batch at once: its
 * answer says that the worker has started, and only then does it get real batches.
 *
 * @param workers - the number of threads, at least 1
 * @param fields - the record fields, for the empty batches
 * @returns the pool
 * @throws whatever loading piscina throws
 * @example
 * ```ts
 * const pool = await startWorkers(1, { idField: 'id', textField: 'text' });
 * if (pool.hasRoom()) await pool.run(batch);
 * await pool.close();
 * ```
 */
export async function startWorkers(workers: number, fields: RecordFields): Promise<WorkerPool> {
  const { Piscina } = await import('piscina');
  const piscina = new Piscina<Batch, BatchResult>({
    // Built beside this module as dist/jsonl/extract-worker.js (see tsup.config.ts).
    filename: new URL('./extract-worker.js', import.meta.url).href,
    minThreads: workers,
    maxThreads: workers,
    concurrentTasksPerWorker: TASKS_PER_WORKER,
    // Order is kept by the caller; the pool's own queue never holds more than the in-flight cap.
    maxQueue: workers * TASKS_PER_WORKER,
  });
  let started = 0;
  let held = 0;
  const settled = (): void => {
    held--;
  };
  // A worker that fails to start counts as started: the next batch goes to it and its
  // rejection fails the run with the worker's error, as it would have without this probe.
  const ready = (): void => {
    started++;
  };
  for (let i = 0; i < workers; i++) {
    piscina.run({ ...fields, bytes: new Uint8Array(0), firstLine: 1 }).then(ready, ready);
  }
  return {
    run: (batch) => {
      held++;
      const result = piscina.run(batch, { transferList: [batch.bytes.buffer as ArrayBuffer] });
      result.then(settled, settled);
      return result;
    },
    hasRoom: () => held < started * TASKS_PER_WORKER,
    close: () => piscina.destroy(),
  };
}
