/**
 * Hostile input through the built `reckon`, each a reproduction of a crash or a leak that was
 * found by trying: every run gets a 256 MB heap, as a small CI runner or container would,
 * and must end with a clear answer, never a native stack trace. Big inputs are generated
 * here, in a temporary folder, not kept in the repository.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const BIN = fileURLToPath(new URL('../../packages/cli/dist/main.js', import.meta.url));
const SEED = fileURLToPath(
  new URL('../../examples/cambodia-scam-economy/dossier.json', import.meta.url),
);
const HEAP = '--max-old-space-size=256';
// Big inputs on a busy two-core machine: generous.
const SLOW = 180_000;

/** What Node prints when it dies: a JavaScript stack, or V8's native trace after a fatal error. */
const NATIVE_TRACE = /FATAL ERROR|Native stack trace|^\s+at .+[(:]\d+|^\s*\d+: 0x[0-9a-f]+/im;

let dir: string;
const at = (name: string) => join(dir, name);

interface Result {
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs a command line (through `sh` when `shell`) and collects its output. */
function spawnRun(
  command: string,
  args: readonly string[],
  env: NodeJS.ProcessEnv = {},
): Promise<Result> {
  if (!existsSync(BIN))
    throw new Error(
      `${BIN} is missing: build first with "npx turbo run build --filter=@reckon/cli..."`,
    );
  return new Promise((resolve, reject) => {
    const { NO_COLOR: _no, FORCE_COLOR: _force, ...clean } = process.env;
    const child = spawn(command, args, {
      env: { ...clean, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      stdout += chunk;
    });
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      stderr += chunk;
    });
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr }));
  });
}

/** `reckon` with a 256 MB heap. */
const reckon = (args: readonly string[]): Promise<Result> =>
  spawnRun(process.execPath, [HEAP, BIN, ...args]);

/** A refusal: exactly one line on stderr, exit 1, and no trace anywhere. */
function expectRefused(result: Result): string {
  expect(result.signal).toBeNull();
  expect(result.code).toBe(1);
  expect(result.stderr.endsWith('\n')).toBe(true);
  expect(result.stderr.trimEnd().split('\n')).toHaveLength(1);
  expect(`${result.stdout}${result.stderr}`).not.toMatch(NATIVE_TRACE);
  return result.stderr;
}

/** A dossier `{"schemaVersion":"0.2","zz":[0,0,…]}` of about `bytes` bytes. */
const zeros = (bytes: number): string => {
  const count = Math.floor((bytes - 30) / 2);
  return `{"schemaVersion":"0.2","zz":[${'0,'.repeat(count - 1)}0]}`;
};

/**
 * A hyperlink and a clear-screen. The schema refuses control characters in a dossier's text,
 * so these ride in the file's name (which `check` prints), without the "/" a name cannot hold.
 */
const EVIL = '\u001b]8;;evil.example\u001b\\click\u001b]8;;\u001b\\\u001b[2J';
const EVIL_FILE = `evil-${EVIL}.json`;
/** Bidi overrides, which the schema still accepts in text: they make a finding read reversed. */
const BIDI = '\u202eeunever\u202c \u2066isolated\u2069';
/** BEL, ESC, CSI and the right-to-left override, raw. */
const RAW_CONTROL = new RegExp(`[${String.fromCharCode(0x07, 0x1b, 0x9b, 0x202e)}]`);

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'reckon-hostile-'));
  writeFileSync(at('zeros-16mb.json'), zeros(16_000_000));
  writeFileSync(at('zeros-2mb.json'), zeros(2_000_000));
  let duplicates = '{"schemaVersion":"0.2"';
  for (let i = 0; i < 80_000; i++) duplicates += `,"k":${i}`;
  writeFileSync(at('duplicates.json'), `${duplicates}}`);
  writeFileSync(at('percent.txt'), '5% '.repeat(40_000));
  const evil = JSON.parse(
    readFileSync(
      new URL('../../packages/cli/test/fixtures/part-exceeds-whole.json', import.meta.url),
      'utf8',
    ),
  ) as { estimates: { metric: string }[] };
  evil.estimates[0]!.metric = `Scam revenue ${BIDI}`;
  writeFileSync(at(EVIL_FILE), JSON.stringify(evil));
  writeFileSync(at('zeros.yaml'), `schemaVersion: "0.2"\nzz:\n${'  - 0\n'.repeat(1_500_000)}`);
  writeFileSync(at('complex-key.yaml'), 'schemaVersion: "0.2"\n? [a, b]\n: 1\n');
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('memory and time', () => {
  it(
    'a 16 MB dossier of 8 million zeros is refused in one line, before parsing it',
    async () => {
      for (const command of ['validate', 'check', 'render']) {
        const stderr = expectRefused(await reckon([command, at('zeros-16mb.json')]));
        expect(stderr).toContain('holds more than 2,000,000 JSON values');
      }
    },
    SLOW,
  );

  it(
    'a 2 MB dossier of a million zeros has its one problem placed, under the 256 MB heap',
    async () => {
      const result = await reckon(['validate', at('zeros-2mb.json')]);
      expect(result.code).toBe(1);
      expect(result.stderr).toBe('');
      expect(result.stdout).toContain(`${at('zeros-2mb.json')}:1:24: (document): unknown key "zz"`);
      expect(result.stdout).not.toMatch(NATIVE_TRACE);
    },
    SLOW,
  );

  it(
    'a 9 MB YAML dossier of 1.5 million items is refused in one line, before parsing it',
    async () => {
      const stderr = expectRefused(await reckon(['validate', at('zeros.yaml')]));
      expect(stderr).toContain('convert it to JSON');
    },
    SLOW,
  );

  it(
    '80,000 duplicate keys: refused at the first duplicate, naming both places',
    async () => {
      const stderr = expectRefused(await reckon(['validate', at('duplicates.json')]));
      expect(stderr).toBe(
        `reckon: ${at('duplicates.json')}:1:30: duplicate key "k", first at 1:24: JSON readers disagree on which one counts, so remove one\n`,
      );
    },
    SLOW,
  );

  it(
    "extract --dossier of '5% '.repeat(40000): quotes cut to the cap, in bounded memory",
    async () => {
      const result = await reckon(['extract', '--dossier', at('percent.txt')]);
      expect(result.code).toBe(0);
      expect(result.stderr).toBe(
        'reckon: drafted 40000 estimates; complete each "TODO:" metric and add geography, period and provenance\n',
      );
      const draft = JSON.parse(result.stdout) as { estimates: { quotes: { text: string }[] }[] };
      expect(draft.estimates).toHaveLength(40_000);
      // 400 characters and an ellipsis at either end (QUOTE_CAP in the CLI's extract code).
      expect(
        draft.estimates.every(({ quotes }) => quotes.length === 1 && quotes[0]!.text.length <= 402),
      ).toBe(true);
    },
    SLOW,
  );
});

describe('terminal escapes', () => {
  it(
    'check prints a file name holding a hyperlink and a clear-screen, and a metric holding bidi overrides, escaped, not raw',
    async () => {
      const result = await reckon(['check', at(EVIL_FILE)]);
      expect(result.code).toBe(1); // the fixture's country is above its region
      expect(`${result.stdout}${result.stderr}`).not.toMatch(RAW_CONTROL);
      expect(result.stdout).toContain(
        'evil-\\u001b]8;;evil.example\\u001b\\click\\u001b]8;;\\u001b\\\\u001b[2J.json: ',
      );
      expect(result.stdout).toContain('Scam revenue \\u202eeunever\\u202c \\u2066isolated\\u2069');
    },
    SLOW,
  );

  it(
    'render to a terminal escapes it too; render to a file keeps the text as it is',
    async () => {
      // `script` gives the child a terminal, as a person running reckon has.
      const evilJson = at('bidi.json');
      writeFileSync(evilJson, readFileSync(at(EVIL_FILE)));
      const command = `${process.execPath} ${HEAP} ${BIN} render ${evilJson}`;
      const onTerminal = await spawnRun('script', ['-qec', command, '/dev/null']);
      expect(onTerminal.code).toBe(0);
      expect(onTerminal.stdout).not.toMatch(RAW_CONTROL);
      expect(onTerminal.stdout).toContain('\\u202eeunever\\u202c \\u2066isolated\\u2069');
      const toFile = await reckon(['render', evilJson, '--out', at('evil.md')]);
      expect(toFile.code).toBe(0);
      const brief = readFileSync(at('evil.md'), 'utf8');
      expect(brief).toContain(BIDI);
      expect(brief).not.toContain('\\u202e');
    },
    SLOW,
  );
});

describe('smaller faults', () => {
  it(
    'render with standard output closed (>&-) fails in one line, not exit 0 with the brief lost',
    async () => {
      const result = await spawnRun('sh', [
        '-c',
        `exec "$0" ${HEAP} "$1" render "$2" >&-`,
        process.execPath,
        BIN,
        SEED,
      ]);
      expect(expectRefused(result)).toBe(
        'reckon: standard output is not open, so the output would be lost: leave it open, or give --out FILE where the command has it\n',
      );
    },
    SLOW,
  );

  it(
    "a YAML complex key is refused in one line, without Node's own warning",
    async () => {
      const stderr = expectRefused(await reckon(['validate', at('complex-key.yaml')]));
      expect(stderr).toBe(
        `reckon: ${at('complex-key.yaml')}:2:3: not valid YAML for a dossier: a key that is a list or a map; keys are plain text\n`,
      );
    },
    SLOW,
  );
});
