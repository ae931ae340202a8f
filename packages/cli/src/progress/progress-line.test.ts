import { describe, expect, it } from 'vitest';
import { progressLine } from './progress-line';

/** A stand-in for a terminal: records what is written, with the cursor methods ora uses. */
function terminal(isTTY: boolean, columns = 80) {
  const written: string[] = [];
  const stream = {
    isTTY,
    columns,
    write: (text: string) => {
      written.push(text);
      return true;
    },
    cursorTo: () => true,
    clearLine: () => true,
    moveCursor: () => true,
  };
  return { stream, written };
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 20));

describe('progressLine', () => {
  it('draws the text on a terminal, and clears it when stopped', async () => {
    const { stream, written } = terminal(true);
    const progress = progressLine(stream as never, { env: {} });
    progress.update('12 records · 1.0 MB/s · 3 hits');
    await tick();
    progress.stop();
    expect(written.join('')).toContain('12 records · 1.0 MB/s · 3 hits');
  });

  it.each([
    ['a pipe or file', false, {}, false],
    ['--quiet', true, {}, true],
    ['a CI run', true, { CI: 'true' }, false],
    ['a dumb terminal', true, { TERM: 'dumb' }, false],
  ])('writes nothing on %s', async (_name, isTTY, env, quiet) => {
    const { stream, written } = terminal(isTTY);
    const progress = progressLine(stream as never, { env, quiet });
    progress.update('12 records');
    await tick();
    progress.stop();
    expect(written).toEqual([]);
  });

  it('writes nothing on a terminal that reports no width, where ora would clear rows without end', async () => {
    const { stream, written } = terminal(true, 0);
    const progress = progressLine(stream as never, { env: {} });
    progress.update('12 records');
    await tick();
    progress.stop();
    expect(written).toEqual([]);
  });

  it('shows nothing for a run that ends before the delay', async () => {
    const { stream, written } = terminal(true);
    const progress = progressLine(stream as never, { env: {}, delayMs: 1000 });
    progress.update('checking');
    await tick();
    progress.stop();
    expect(written).toEqual([]);
  });
});
