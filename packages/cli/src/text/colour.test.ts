import { describe, expect, it } from 'vitest';
import { paint, wantsColour } from './colour';

const tty = { write() {}, isTTY: true };
const pipe = { write() {} };

describe('wantsColour', () => {
  it('is off with NO_COLOR and off on a pipe (the TSDoc example)', () => {
    expect(wantsColour(tty, { NO_COLOR: '1' })).toBe(false);
    expect(wantsColour(pipe, {})).toBe(false);
  });

  it('is on for a terminal, unless TERM is dumb', () => {
    expect(wantsColour(tty, {})).toBe(true);
    expect(wantsColour(tty, { TERM: 'dumb' })).toBe(false);
  });

  it('treats an empty NO_COLOR as unset, as no-color.org says', () => {
    expect(wantsColour(tty, { NO_COLOR: '' })).toBe(true);
  });

  it('FORCE_COLOR turns it on for a pipe, but never over NO_COLOR; 0 and false turn it off', () => {
    expect(wantsColour(pipe, { FORCE_COLOR: '1' })).toBe(true);
    expect(wantsColour(pipe, { FORCE_COLOR: '1', NO_COLOR: 'yes' })).toBe(false);
    expect(wantsColour(tty, { FORCE_COLOR: '0' })).toBe(false);
    expect(wantsColour(tty, { FORCE_COLOR: 'false' })).toBe(false);
  });
});

describe('paint', () => {
  it('wraps text in SGR sequences only when enabled (the TSDoc example)', () => {
    expect(paint(false).red('error')).toBe('error');
    expect(paint(true).red('error')).toBe('\u001b[31merror\u001b[39m');
  });

  it('leaves every style the identity when disabled', () => {
    const styles = paint(false);
    for (const style of [
      styles.bold,
      styles.dim,
      styles.red,
      styles.yellow,
      styles.green,
      styles.cyan,
    ]) {
      expect(style('text')).toBe('text');
    }
  });
});
