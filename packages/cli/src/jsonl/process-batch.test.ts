import { describe, expect, it } from 'vitest';
import { processBatch } from './process-batch';

const encoder = new TextEncoder();
const run = (text: string | Uint8Array, fields: { idField?: string; textField?: string } = {}) =>
  processBatch({
    bytes: typeof text === 'string' ? encoder.encode(text) : text,
    firstLine: 10,
    idField: fields.idField ?? 'id',
    textField: fields.textField ?? 'text',
  });

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

describe('processBatch (the TSDoc example)', () => {
  it('finds the one phrase of a one-record batch', () => {
    const bytes = new TextEncoder().encode('{"id":"a","text":"about 3,000 people"}\n');
    const result = processBatch({ bytes, firstLine: 1, idField: 'id', textField: 'text' });
    expect(result.hits).toBe(1);
    expect(JSON.parse(result.out).range.unit).toBe('people');
  });
});
