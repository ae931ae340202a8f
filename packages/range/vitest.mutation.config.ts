import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { mergeConfig } from 'vitest/config';
import { BaseSequencer, type TestSpecification } from 'vitest/node';
import { mutationVitestConfig } from '../../test-support/mutation-vitest.ts';
import base from './vitest.config.ts';

/**
 * Test files in the order that kills a mutant soonest: a file that failed on the last run
 * first (it killed the last mutant, and the next one is most likely its neighbour in the
 * source), then the quickest files. Vitest's own order runs the slowest file first, which
 * suits a whole suite on many workers but makes every mutant wait for the adversarial parse
 * tests before the unit test that kills it. A mutant's files share one module graph (see
 * `test-support/mutation-vitest.ts`), all under that mutant, and no test changes state that
 * another reads, so the order changes how long a run takes; it can change what the run
 * detects only where a cache that one file fills hides a mutant from a later file's test
 * (one mutant of 400 in the batch compared in the package README).
 */
class QuickestFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const { cache, config } = this.ctx;
    const last = (file: TestSpecification) =>
      cache.getFileTestResults(`${file.project.name}:${relative(config.root, file.moduleId)}`);
    return [...files].sort((a, b) => {
      const [x, y] = [last(a), last(b)];
      if (x?.failed !== y?.failed) return x?.failed ? -1 : 1;
      return (x?.duration ?? 0) - (y?.duration ?? 0);
    });
  }
}

/**
 * The tests as mutation testing runs them; see `test-support/mutation-vitest.ts`. Every test
 * runs, some on less data: properties stop sooner (`test-support/mutation-setup.ts`), and the
 * adversarial parser inputs are 10 KB instead of 100 KB (size matters for timing, which only
 * the benchmark measures; a mutant that makes the parser throw or misread fails at 10 KB too).
 */
export default mergeConfig(mutationVitestConfig(base), {
  test: {
    sequence: { sequencer: QuickestFirst },
    env: { RECKON_ADVERSARIAL_SIZE: '10000' },
    setupFiles: [fileURLToPath(new URL('./test-support/mutation-setup.ts', import.meta.url))],
  },
});
