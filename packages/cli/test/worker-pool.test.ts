/**
 * The worker pool of `reckon extract --jsonl --jobs N`, from the build, in a process of its
 * own: piscina loads `dist/jsonl/extract-worker.js`, which only exists once built, and a
 * worker started inside the test runner would inherit its import conditions and load the
 * TypeScript sources, which plain Node cannot.
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const POOL = { timeout: 120_000 };
const MODULE = new URL('../dist/jsonl/worker-pool.js', import.meta.url).href;

/** Starts one worker and reports what the pool allowed at each step, and what came back. */
const SCRIPT = `
import { startWorkers } from ${JSON.stringify(MODULE)};
const fields = { idField: 'id', textField: 'text' };
const batch = () => ({ ...fields, firstLine: 1,
  bytes: new TextEncoder().encode('{"id":"a","text":"about 3,000 people"}\\n') });
const pool = await startWorkers(1, fields);
const report = { roomAtOnce: pool.hasRoom() };
while (!pool.hasRoom()) await new Promise((resolve) => setTimeout(resolve, 5));
const pending = [pool.run(batch()), pool.run(batch()), pool.run(batch())];
report.roomWithThree = pool.hasRoom();
const results = await Promise.all(pending);
report.roomAfter = pool.hasRoom();
report.results = results.map(({ out, ...rest }) =>
  ({ ...rest, bytes: out instanceof Uint8Array, out: new TextDecoder().decode(out) }));
await pool.close();
console.log(JSON.stringify(report));
`;

describe('startWorkers', () => {
  it(
    'takes no batch until its worker has started, then up to three at a time, and hands back UTF-8',
    POOL,
    async () => {
      const { stdout } = await promisify(execFile)(process.execPath, [
        '--input-type=module',
        '--eval',
        SCRIPT,
      ]);
      const report = JSON.parse(stdout);
      // A worker's answer needs a turn of the event loop: none can have come yet.
      expect(report.roomAtOnce).toBe(false);
      expect(report.roomWithThree).toBe(false);
      expect(report.roomAfter).toBe(true);
      expect(report.results).toHaveLength(3);
      for (const result of report.results) {
        expect(result).toMatchObject({ bytes: true, records: 1, hits: 1, errors: [] });
        expect(JSON.parse(result.out)).toMatchObject({ id: 'a', text: 'about 3,000 people' });
      }
    },
  );
});
