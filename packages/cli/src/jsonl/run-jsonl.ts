import { availableParallelism } from 'node:os';
import { extractRanges, UnknownCurrencyError } from '@reckon/range';
import { UsageError } from '../errors';
import { EXIT, type ExitCode } from '../exit-codes';
import type { CliIo } from '../io';
import { messages } from '../messages';
import { openProgressLine } from '../progress/open-progress-line';
import { escapeTerminal } from '../text/terminal-text';
import { jsonlMessages as m } from './messages';
import { openSource } from './open-source';
import { type Batch, type BatchResult, processBatch, type RecordFields } from './process-batch';
import { MAX_LINE_BYTES, splitBatches } from './split-batches';
import { startWorkers } from './worker-pool';
import { writeOut } from './write-out';

/** What `reckon extract --jsonl` was asked to do. */
export interface JsonlRequest extends RecordFields {
  /** Paths, or `-` for standard input, read one after the other. */
  readonly inputs: readonly string[];
  /** Threads extracting: the main thread and `jobs - 1` workers; 1 uses no worker. */
  readonly jobs: number;
  readonly quiet: boolean;
}

/** Runs one batch, in the main thread or in a worker. */
type Runner = (batch: Batch) => Promise<BatchResult>;

/**
 * Batches in flight per job: enough that a worker finishing a batch finds the next one queued
 * even while the main thread is writing or reading, few enough that memory stays a handful of
 * 256 KB batches and their hits.
 */
const IN_FLIGHT_PER_JOB = 4;

const number = new Intl.NumberFormat('en');

/**
 * The number of worker threads a `--jobs` value asks for.
 *
 * @param value - the option's value, if given
 * @returns the jobs; by default the cores Node may use
 * @throws {UsageError} unless a whole number from 1 to 256
 */
export function parseJobs(value: string | undefined): number {
  if (value === undefined) return availableParallelism();
  const jobs = /^\d+$/.test(value) ? Number(value) : Number.NaN;
  if (!(jobs >= 1 && jobs <= 256)) throw new UsageError(m.badJobs(value));
  return jobs;
}

/** Resolves after the event loop has handled what was waiting (worker messages among it). */
const nextTurn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/** Runs a batch in the main thread, failing as a worker's batch fails: by rejecting. */
function inMainThread(batch: Batch): Promise<BatchResult> {
  try {
    return Promise.resolve(processBatch(batch));
  } catch (error) {
    return Promise.reject(error);
  }
}

/**
 * `reckon extract --jsonl`: streams NDJSON records through `extractRanges` and writes one
 * NDJSON line per hit, in input order, whatever the number of jobs. Reading waits for the
 * workers and the workers wait for standard output, so memory stays a few batches on any
 * input. A malformed record goes to standard error as `{"file","line","error"}` and the run
 * goes on; the exit code is then 1, after a count.
 *
 * @param request - inputs, fields, jobs, quiet
 * @param io - the streams and working directory
 * @returns 0 when every record was read, 1 when some were malformed
 * @throws {UsageError} for an unknown `--dollar` currency; {InputError} for an input that
 *   cannot be opened or read
 */
export async function runJsonl(request: JsonlRequest, io: CliIo): Promise<ExitCode> {
  const { idField, textField, dollar } = request;
  try {
    // Refuse a bad currency before reading anything, not once per record.
    extractRanges('', dollar === undefined ? undefined : { dollar });
  } catch (error) {
    if (error instanceof UnknownCurrencyError)
      throw new UsageError(messages.badCurrency(dollar ?? ''));
    throw error;
  }
  // The main thread extracts too, so `--jobs N` is N threads at work, one of them with no
  // start-up, no second copy of the parser to compile and no result to copy back.
  const workers =
    request.jobs > 1
      ? await startWorkers(request.jobs - 1, { idField, textField, dollar })
      : undefined;
  // A batch goes to a worker when one has room, else the main thread extracts it now.
  const run: Runner = (batch) =>
    workers?.hasRoom() === true ? workers.run(batch) : inMainThread(batch);
  const limit = request.jobs * IN_FLIGHT_PER_JOB;
  const progress = await openProgressLine(io.stderr, { quiet: request.quiet, env: io.env });
  const started = performance.now();
  let records = 0;
  let hits = 0;
  let bad = 0;
  let bytes = 0;

  // A JSON parser's message may quote the line (a bidi override, a C1 control): escaped, it
  // is the same JSON and inert on the terminal standard error usually is.
  const malformed = (file: string, line: number, error: string): void => {
    io.stderr.write(`${escapeTerminal(JSON.stringify({ file, line, error }))}\n`);
  };

  const report = (): void => {
    const seconds = Math.max((performance.now() - started) / 1000, 1e-3);
    const rate = (bytes / 1e6 / seconds).toFixed(1);
    progress.update(
      `${number.format(records)} records · ${rate} MB/s · ${number.format(hits)} hits`,
    );
  };

  try {
    for (const input of request.inputs) {
      const source = await openSource(input, io);
      const inFlight: ReturnType<Runner>[] = [];
      const finish = async (result: BatchResult): Promise<void> => {
        records += result.records;
        hits += result.hits;
        bad += result.errors.length;
        for (const { line, error } of result.errors) malformed(source.name, line, error);
        report();
        await writeOut(io.stdout, result.out);
      };
      try {
        for await (const piece of splitBatches(source.chunks)) {
          if (piece.kind === 'too-long') {
            // Written in order: after every batch before it.
            while (inFlight.length > 0) await finish(await inFlight.shift()!);
            bad++;
            records++;
            const error = m.tooLong(`${MAX_LINE_BYTES / 1024 / 1024} MiB`);
            malformed(source.name, piece.line, error);
            continue;
          }
          bytes += piece.bytes.length;
          // Reading buffered input never returns to the event loop, so a worker's answers
          // would wait while the main thread extracted batch after batch itself and the worker
          // sat idle: before extracting one here, let the answers in.
          if (workers !== undefined && !workers.hasRoom()) await nextTurn();
          const pending = run({
            bytes: piece.bytes,
            firstLine: piece.firstLine,
            idField,
            textField,
            dollar,
          });
          // Handled when its turn comes; this only keeps an early failure from going unhandled.
          pending.catch(() => {});
          inFlight.push(pending);
          // Backpressure: stop reading until the oldest batch is written.
          while (inFlight.length >= limit) await finish(await inFlight.shift()!);
        }
        while (inFlight.length > 0) await finish(await inFlight.shift()!);
      } finally {
        await source.close();
      }
    }
  } finally {
    progress.stop();
    await workers?.close();
  }
  if (bad > 0) {
    io.stderr.write(`reckon: ${m.summary(bad, `${number.format(records)} records`)}\n`);
    return EXIT.failure;
  }
  return EXIT.ok;
}
