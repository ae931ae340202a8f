import { describe, expect, it } from 'vitest';
import { formatBytes } from './bytes';
import { plural } from './plural';

describe('plural', () => {
  it('uses the singular for one only (the TSDoc example)', () => {
    expect(plural(1, 'response')).toBe('1 response');
    expect(plural(2, 'entity', 'entities')).toBe('2 entities');
    expect(plural(0, 'problem')).toBe('0 problems');
  });
});

describe('formatBytes', () => {
  it('writes decimal units with one decimal (the TSDoc example)', () => {
    expect(formatBytes(200 * 1024 * 1024)).toBe('209.7 MB');
    expect(formatBytes(512)).toBe('512 bytes');
    expect(formatBytes(3100)).toBe('3.1 kB');
    expect(formatBytes(64_000_000)).toBe('64.0 MB');
    expect(formatBytes(2.5e9)).toBe('2.5 GB');
  });
});
