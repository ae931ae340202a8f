import { extractRanges, rangeToJSON } from '@reckon/range';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { processBatch } from './process-batch';

const encoder = new TextEncoder();
const decoder = new TextDecoder('utf-8', { fatal: true });
/** processBatch, with the hit lines decoded. */
const run = (text: string | Uint8Array, fields: { idField?: string; textField?: string } = {}) => {
  const result = processBatch({
    bytes: typeof text === 'string' ? encoder.encode(text) : text,
    firstLine: 10,
    idField: fields.idField ?? 'id',
    textField: fields.textField ?? 'text',
  });
  return { ...result, out: decoder.decode(result.out) };
};

const lines = (out: string) =>
  out
    .trimEnd()
    .split('\n')
    .map((line) => JSON.parse(line) as Record<string, unknown>);

describe('processBatch', () => {
  it('writes one line per hit: id, offsets into the record text, the phrase, the range in JSON form', () => {
    const text = 'Revenue of $12.5 to $19 billion per year, and about 3,000 people.';
    const result = run(`${JSON.stringify({ id: 'a1', text })}\n`);
    const hits = lines(result.out);
    expect(hits.map((hit) => hit.text)).toEqual([
      '$12.5 to $19 billion per year',
      'about 3,000 people',
    ]);
    for (const hit of hits) {
      expect(hit.id).toBe('a1');
      expect(text.slice(hit.start as number, hit.end as number)).toBe(hit.text);
    }
    expect(hits[0]?.range).toEqual({
      low: 12.5e9,
      high: 19e9,
      unit: 'USD/year',
      sigFigs: 2,
    });
    expect(Object.keys(hits[0]!)).toEqual(['id', 'start', 'end', 'text', 'range']);
    expect(result).toMatchObject({ records: 1, hits: 2, errors: [] });
  });

  it('reports a malformed record by its line number and goes on with the next', () => {
    const input = [
      JSON.stringify({ id: 1, text: '5 people' }),
      '{"id": "broken", "text": ',
      '[1, 2]',
      JSON.stringify({ id: 'no-text' }),
      JSON.stringify({ text: 'no id' }),
      '',
      JSON.stringify({ id: 'last', text: '7 people' }),
    ].join('\n');
    const result = run(input);
    expect(lines(result.out).map((hit) => hit.id)).toEqual([1, 'last']);
    expect(result.errors.map((e) => e.line)).toEqual([11, 12, 13, 14]);
    expect(result.errors[0]?.error).toMatch(/^not valid JSON: /);
    expect(result.errors[1]?.error).toMatch(/^not a JSON object/);
    expect(result.errors[2]?.error).toContain('"text"');
    expect(result.errors[3]?.error).toContain('"id"');
    // The blank line is no record.
    expect(result.records).toBe(6);
  });

  it('reports a line that is not UTF-8, and reads the lines around it', () => {
    const good = encoder.encode(`${JSON.stringify({ id: 'a', text: '5 people' })}\n`);
    const bytes = new Uint8Array([...good, 0x7b, 0xff, 0x7d, 0x0a, ...good]);
    const result = run(bytes);
    expect(result.hits).toBe(2);
    expect(result.errors).toEqual([{ line: 11, error: expect.stringContaining('UTF-8') }]);
  });

  it('reads the id and text from the fields it is told', () => {
    const result = run(`${JSON.stringify({ url: 'u', body: '9 people' })}\r\n`, {
      idField: 'url',
      textField: 'body',
    });
    expect(lines(result.out)[0]).toMatchObject({ id: 'u', text: '9 people' });
  });
});

/** C1 controls and the bidi marks, embeddings, overrides and isolates. */
const ACTED_ON = ['\u0085', '\u009b', '\u200e', '\u200f', '\u202a', '\u202e', '\u2066', '\u2069'];
const escapes = (char: string) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`;

describe('processBatch output', () => {
  it('writes C1 and bidi controls of the id and the phrase as \\u escapes: the same JSON strings, no raw control', () => {
    const id = 'a\u0085b\u202e';
    const text = 'About 5\u200f million people.';
    const out = run(`${JSON.stringify({ id, text })}\n`).out;
    expect(out).toContain('"id":"a\\u0085b\\u202e"');
    expect(out).toContain('"text":"About 5\\u200f million people"');
    for (const char of ACTED_ON) expect(out).not.toContain(char);
    expect(lines(out)[0]).toMatchObject({ id, text: 'About 5\u200f million people' });
  });

  it('is JSON.stringify({ id, start, end, text, range: rangeToJSON(range) }) for every hit, C1 and bidi controls aside', () => {
    const piece = fc.constantFrom('5', ' ', 'million', 'people', '$', '"', 'x', '\n', ...ACTED_ON);
    const words = fc.array(piece, { maxLength: 12 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(fc.oneof(words, fc.integer()), words, (id, text) => {
        const expected = extractRanges(text).map(
          (hit) =>
            `${JSON.stringify({ id, start: hit.start, end: hit.end, text: hit.text, range: rangeToJSON(hit.range) })}\n`,
        );
        let written = run(`${JSON.stringify({ id, text })}\n`).out;
        for (const char of ACTED_ON) written = written.replaceAll(escapes(char), char);
        expect(written).toBe(expected.join(''));
      }),
    );
  });
});

describe('processBatch (the TSDoc example)', () => {
  it('finds the one phrase of a one-record batch', () => {
    const bytes = new TextEncoder().encode('{"id":"a","text":"about 3,000 people"}\n');
    const result = processBatch({ bytes, firstLine: 1, idField: 'id', textField: 'text' });
    expect(result.hits).toBe(1);
    expect(JSON.parse(new TextDecoder().decode(result.out)).range.unit).toBe('people');
  });
});
