import {
  closeSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  rmSync,
  truncateSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixture, reckon, STACK_LINE } from './helpers/reckon';

let dir: string;
const at = (name: string) => join(dir, name);

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'reckon-cli-'));
  // 200 MB without writing 200 MB: a sparse file has its full size at once.
  writeFileSync(at('huge.json'), '');
  truncateSync(at('huge.json'), 200_000_000);
  writeFileSync(
    at('image.png'),
    Uint8Array.of(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0),
  );
  // "{"a":"é"}" with the é written in Latin-1 (0xE9), not UTF-8.
  writeFileSync(
    at('latin1.json'),
    Uint8Array.of(0x7b, 0x22, 0x61, 0x22, 0x3a, 0x22, 0xe9, 0x22, 0x7d),
  );
  writeFileSync(at('utf16.json'), Uint8Array.of(0xff, 0xfe, 0x7b, 0x00, 0x7d, 0x00));
  writeFileSync(at('empty.json'), '  \n');
  // Broken on purpose, so written here rather than kept where the formatter would read them.
  writeFileSync(at('trailing-comma.json'), '{\n  "schemaVersion": "0.2",\n}\n');
  writeFileSync(
    at('bad-indent.yaml'),
    'schemaVersion: "0.2"\nactors:\n  - id: a\n    kind: person\n   name: A\n',
  );
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Each bad input ends with exactly one line on stderr, nothing on stdout, and exit 1. */
async function refused(args: string[], options: Parameters<typeof reckon>[1] = {}) {
  const result = await reckon(args, options);
  expect(result.code).toBe(1);
  expect(result.stdout).toBe('');
  expect(result.stderr.endsWith('\n')).toBe(true);
  expect(result.stderr.trimEnd().split('\n')).toHaveLength(1);
  expect(result.stderr).not.toMatch(STACK_LINE);
  return result.stderr;
}

describe('inputs that are not a readable UTF-8 text file', () => {
  it.each(['validate', 'render', 'check', 'extract'])('%s: a missing file', async (command) => {
    expect(await refused([command, 'no-such-file.json'])).toBe(
      'reckon: no-such-file.json: no such file\n',
    );
  });

  it('a path through a file, as if it were a folder', async () => {
    expect(await refused(['validate', `${fixture('invalid.json')}/x.json`])).toContain(
      'a part of this path is not a folder',
    );
  });

  it('a directory where one file is read', async () => {
    expect(await refused(['jsonld', dir])).toBe(
      `reckon: ${dir} is a directory: give the path of a file inside it\n`,
    );
  });

  it('a folder with no dossier file in it', async () => {
    const empty = at('no-dossiers');
    mkdirSync(empty);
    writeFileSync(join(empty, 'notes.txt'), 'not a dossier');
    expect(await refused(['validate', empty])).toBe(
      `reckon: ${empty}: a folder with no .json, .yaml or .yml file in it (or below)\n`,
    );
  });

  it('a binary file, named with the offset of its first NUL byte', async () => {
    expect(await refused(['extract', at('image.png')])).toBe(
      `reckon: ${at('image.png')} looks like a binary file (a NUL byte at offset 8), not text: give a UTF-8 text file\n`,
    );
  });

  it('invalid UTF-8, named with the offset and value of the first bad byte', async () => {
    expect(await refused(['validate', at('latin1.json')])).toBe(
      `reckon: ${at('latin1.json')} is not valid UTF-8: the byte at offset 6 (0xE9) starts no character; save the file as UTF-8\n`,
    );
  });

  it('UTF-16 text, by its byte order mark', async () => {
    expect(await refused(['validate', at('utf16.json')])).toBe(
      `reckon: ${at('utf16.json')} is UTF-16 text: save it as UTF-8 and try again\n`,
    );
  });

  // The sparse file is all NUL bytes: had any of it been read, it would be refused as binary.
  it('a 200 MB file is refused by its size, before any of it is read', async () => {
    expect(await refused(['validate', at('huge.json')])).toBe(
      `reckon: ${at('huge.json')} is 200.0 MB, larger than the 64.0 MB reckon reads: give a smaller file\n`,
    );
  });

  it('a 200 MB file on standard input is refused by its size too', async () => {
    const fd = openSync(at('huge.json'), 'r');
    try {
      expect(await refused(['validate', '-'], { stdinFd: fd })).toBe(
        'reckon: standard input is 200.0 MB, larger than the 64.0 MB reckon reads: give a smaller file\n',
      );
    } finally {
      closeSync(fd);
    }
  });

  it('a stream on standard input is refused as soon as it passes the limit', async () => {
    const big = new Uint8Array(70_000_000).fill(0x20);
    expect(await refused(['extract', '-'], { input: big })).toBe(
      'reckon: standard input passed 64.0 MB, the most reckon reads: give a smaller input\n',
    );
  });

  it('an empty dossier', async () => {
    expect(await refused(['validate', at('empty.json')])).toBe(
      `reckon: ${at('empty.json')} is empty: a dossier is a JSON or YAML object with a "schemaVersion"\n`,
    );
  });
});

describe('dossiers that are not JSON or YAML', () => {
  it('JSON with a syntax error, placed by line and column', async () => {
    expect(await refused(['validate', at('trailing-comma.json')])).toBe(
      `reckon: ${at('trailing-comma.json')}:3:1: not valid JSON: Expected double-quoted property name\n`,
    );
  });

  it('JSON cut short, placed at its end', async () => {
    expect(
      await refused(['validate', '-'], { input: '{"schemaVersion": "0.2",\n"actors": [' }),
    ).toBe('reckon: <stdin>:2:12: not valid JSON: Unexpected end of JSON input\n');
  });

  it('YAML with a syntax error, placed by line and column', async () => {
    const message = await refused(['render', at('bad-indent.yaml')]);
    expect(message.startsWith(`reckon: ${at('bad-indent.yaml')}:5:`)).toBe(true);
    expect(message).toContain(': not valid YAML: ');
  });

  it('YAML that expands aliases without end (a "billion laughs")', async () => {
    const bomb = [
      'a: &a ["x","x","x","x","x","x","x","x","x"]',
      'b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]',
      'c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]',
      'd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]',
      'e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]',
      'f: [*e,*e,*e,*e,*e,*e,*e,*e,*e]',
    ].join('\n');
    expect(await refused(['validate', '-'], { input: bomb })).toContain(
      '<stdin>: not valid YAML: ',
    );
  });
});
