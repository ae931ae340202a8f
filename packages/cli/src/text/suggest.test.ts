import { describe, expect, it } from 'vitest';
import { suggest } from './suggest';

const COMMANDS = ['validate', 'render', 'check', 'extract', 'schema'];

describe('suggest', () => {
  it('suggests the command within two edits (the TSDoc example)', () => {
    expect(suggest('rendr', COMMANDS)).toBe('render');
    expect(suggest('deploy', COMMANDS)).toBeUndefined();
  });

  it('ignores case, and prefers the closest candidate', () => {
    expect(suggest('CHECK', COMMANDS)).toBe('check');
    expect(suggest('--jsn', ['--json', '--js'])).toBe('--json');
    expect(suggest('estimat', ['estimate', 'estimates'])).toBe('estimate');
  });

  it('suggests nothing for a word too short to guess from', () => {
    expect(suggest('x', ['a', 'b'])).toBeUndefined();
    expect(suggest('ab', ['cd'])).toBeUndefined();
  });
});
