import { describe, expect, it } from 'vitest';
import { paint } from '../text/colour';
import { formatIssues } from './format-issues';

describe('formatIssues', () => {
  it('writes file:line:column: path: message [code] (the TSDoc example)', () => {
    expect(
      formatIssues(
        'a.json',
        [
          {
            path: 'actors',
            code: 'invalid_type',
            message: 'expected an array, received an object',
            line: 3,
            column: 13,
          },
        ],
        paint(false),
      ),
    ).toBe('a.json:3:13: actors: expected an array, received an object [invalid_type]\n');
  });

  it('writes (document) for the root, leaves out an unknown place, and indents a hint', () => {
    expect(
      formatIssues(
        '<stdin>',
        [
          {
            path: '',
            code: 'invalid_type',
            message: 'expected an object, received null',
            hint: 'what a dossier may hold: reckon schema dossier',
          },
        ],
        paint(false),
      ),
    ).toBe(
      '<stdin>: (document): expected an object, received null [invalid_type]\n' +
        '  hint: what a dossier may hold: reckon schema dossier\n',
    );
  });

  it('colours only when asked', () => {
    const issue = { path: 'a', code: 'invalid_type', message: 'm', line: 1, column: 1 } as const;
    expect(formatIssues('f', [issue], paint(true))).toContain('\u001b[');
    expect(formatIssues('f', [issue], paint(false))).not.toContain('\u001b[');
  });
});
