import { describe, expect, it } from 'vitest';
import { openProgressLine } from './open-progress-line';
import { NO_PROGRESS } from './progress-wanted';

describe('openProgressLine', () => {
  it('draws on a terminal (the TSDoc example)', async () => {
    const written: string[] = [];
    const stream = {
      isTTY: true,
      columns: 80,
      write: (text: string) => written.push(text) > 0,
      cursorTo: () => true,
      clearLine: () => true,
      moveCursor: () => true,
    };
    const progress = await openProgressLine(stream as never, { env: {} });
    progress.update('12,000 records · 9.1 MB/s · 3,400 hits');
    progress.show();
    progress.stop();
    expect(written.join('')).toContain('12,000 records · 9.1 MB/s · 3,400 hits');
  });

  it('hands back the line that does nothing on a pipe, with --quiet and on CI', async () => {
    const pipe = { write: () => true };
    const tty = { ...pipe, isTTY: true, cursorTo: () => true, clearLine: () => true };
    expect(await openProgressLine(pipe)).toBe(NO_PROGRESS);
    expect(await openProgressLine(tty, { quiet: true })).toBe(NO_PROGRESS);
    expect(await openProgressLine(tty, { env: { CI: 'true' } })).toBe(NO_PROGRESS);
  });
});
