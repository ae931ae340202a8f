import { describe, expect, it } from 'vitest';
import { SLOW_INPUT_CHARS, stageProgress } from './stage-progress';

function terminal() {
  const written: string[] = [];
  const stderr = {
    isTTY: true,
    columns: 80,
    write: (text: string) => {
      written.push(text);
      return true;
    },
    cursorTo: () => true,
    clearLine: () => true,
    moveCursor: () => true,
  };
  return { io: { stderr: stderr as never, env: {} }, written };
}

describe('stageProgress', () => {
  it('shows a step of a large input at once, before the work holds the thread', async () => {
    const { io, written } = terminal();
    const progress = await stageProgress(io, 'big.json');
    progress.stage('checking', SLOW_INPUT_CHARS);
    // Nothing awaited since the step began: the line was drawn synchronously.
    expect(written.join('')).toContain('big.json: checking…');
    progress.stop();
  });

  it('prints nothing for a small input that finishes within the second', async () => {
    const { io, written } = terminal();
    const progress = await stageProgress(io, 'small.json');
    progress.stage('reading and validating');
    await new Promise((resolve) => setTimeout(resolve, 20));
    progress.stage('checking', 2_000);
    progress.stop();
    expect(written).toEqual([]);
  });

  it('prints nothing when standard error is not a terminal, whatever the size', async () => {
    const written: string[] = [];
    const io = { stderr: { write: (text: string) => written.push(text) }, env: {} };
    const progress = await stageProgress(io, 'big.json');
    progress.stage('checking', SLOW_INPUT_CHARS * 10);
    progress.stop();
    expect(written).toEqual([]);
  });
});
