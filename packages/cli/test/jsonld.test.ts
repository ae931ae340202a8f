import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseDossier, toClaimReview } from '@reckon/schema';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixture, reckon, SEED } from './helpers/reckon';

const SLOW = 60_000;

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'reckon-jsonld-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('reckon jsonld', () => {
  it(
    'writes the dossier as schema.org JSON-LD: what toClaimReview gives, as JSON',
    async () => {
      const { code, stdout, stderr } = await reckon(['jsonld', SEED]);
      expect(code).toBe(0);
      expect(stderr).toBe('');
      const printed = JSON.parse(stdout) as { '@context': string; '@graph': { '@type': string }[] };
      const expected = toClaimReview(parseDossier(JSON.parse(readFileSync(SEED, 'utf8'))));
      expect(printed).toEqual(JSON.parse(JSON.stringify(expected)));
      expect(printed['@context']).toBe('https://schema.org');
      expect(printed['@graph'].some((node) => node['@type'] === 'Claim')).toBe(true);
    },
    SLOW,
  );

  it(
    'writes < as \\u003c, so the output can sit in a <script> element',
    async () => {
      const dossier = JSON.stringify({
        schemaVersion: '0.2',
        claims: [
          { id: 'c', kind: 'allegation', text: 'a </script><script>alert(1)</script> claim' },
        ],
      });
      const { code, stdout } = await reckon(['jsonld', '-'], { input: dossier });
      expect(code).toBe(0);
      expect(stdout).not.toContain('<');
      expect(JSON.stringify(JSON.parse(stdout))).toContain('</script><script>alert(1)</script>');
    },
    SLOW,
  );

  it(
    'writes to --out, and refuses an invalid dossier with its problems on stderr',
    async () => {
      const out = join(dir, 'claims.jsonld');
      const written = await reckon(['jsonld', SEED, '--out', out]);
      expect(written.code).toBe(0);
      expect(written.stdout).toBe('');
      expect(JSON.parse(readFileSync(out, 'utf8'))).toEqual(
        JSON.parse((await reckon(['jsonld', SEED])).stdout),
      );
      const invalid = await reckon(['jsonld', fixture('dangling.json')]);
      expect(invalid.code).toBe(1);
      expect(invalid.stdout).toBe('');
      expect(invalid.stderr).toContain('[unknown_reference]');
      expect(invalid.stderr).toMatch(/: not a valid dossier: 1 problem; nothing exported\n$/);
    },
    SLOW,
  );

  it(
    '--json: the JSON-LD inside the one JSON document',
    async () => {
      const { code, stdout } = await reckon(['jsonld', SEED, '--json']);
      expect(code).toBe(0);
      const report = JSON.parse(stdout) as { ok: boolean; files: { jsonld: unknown }[] };
      expect(report.ok).toBe(true);
      expect(report.files[0]?.jsonld).toEqual(JSON.parse((await reckon(['jsonld', SEED])).stdout));
    },
    SLOW,
  );
});
