import { describe, expect, it } from 'vitest';
import { InputError } from '../errors';
import { detectFormat, MAX_JSON_VALUES, MAX_YAML_MARKS, parseDocumentText } from './parse-document';

const file = (name: string, text: string) => ({ name, stdin: false, text });
const stdin = (text: string) => ({ name: '<stdin>', stdin: true, text });

describe('detectFormat', () => {
  it('goes by extension, then by the first character (the TSDoc example)', () => {
    expect(detectFormat(file('case.yml', 'schemaVersion: "0.1"'))).toBe('yaml');
    expect(detectFormat(stdin(' {"schemaVersion":"0.1"}'))).toBe('json');
  });

  it('trusts .json and .yaml over the content, and reads other names by content', () => {
    expect(detectFormat(file('a.JSON', 'x: 1'))).toBe('json');
    expect(detectFormat(file('a.yaml', '{"a": 1}'))).toBe('yaml');
    expect(detectFormat(file('dossier', '[1]'))).toBe('json');
    expect(detectFormat(stdin('a: 1'))).toBe('yaml');
  });
});

describe('parseDocumentText', () => {
  it('parses JSON (the TSDoc example)', () => {
    expect(parseDocumentText(file('a.json', '{"schemaVersion":"0.1"}')).value).toEqual({
      schemaVersion: '0.1',
    });
  });

  it('parses YAML 1.2: dates stay text, and "12.5e9" is a number', () => {
    const parsed = parseDocumentText(
      file('a.yaml', 'date: 2025-05-20\nday: XXXX-05-20\nlow: 12.5e9\n'),
    );
    expect(parsed.format).toBe('yaml');
    expect(parsed.value).toEqual({ date: '2025-05-20', day: 'XXXX-05-20', low: 12.5e9 });
  });

  it('refuses an empty document', () => {
    expect(() => parseDocumentText(file('a.json', ' \n'))).toThrow(
      'a.json is empty: a dossier is a JSON or YAML object with a "schemaVersion"',
    );
  });

  it('places a JSON syntax error by line and column, on one line', () => {
    expect(() => parseDocumentText(file('a.json', '{\n  "a": 1 "b": 2\n}'))).toThrow(
      "a.json:2:10: not valid JSON: Expected ',' or '}' after property value",
    );
  });

  it('keeps a JSON error to one line when V8 quotes text with newlines', () => {
    try {
      parseDocumentText(stdin('[// comment\n1]'));
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(InputError);
      expect((error as Error).message).not.toContain('\n');
      expect((error as Error).message.startsWith('<stdin>')).toBe(true);
    }
  });

  it('refuses YAML with a duplicate key, placed by line and column', () => {
    expect(() => parseDocumentText(file('a.yaml', 'a: 1\na: 2\n'))).toThrow(
      /^a\.yaml:2:1: not valid YAML: /,
    );
  });

  it('refuses a YAML key that is a list or a map, where it stands', () => {
    expect(() =>
      parseDocumentText(file('a.yaml', 'schemaVersion: "0.1"\n? [a, b]\n: 1\n')),
    ).toThrow(
      'a.yaml:2:3: not valid YAML for a dossier: a key that is a list or a map; keys are plain text',
    );
  });

  it('refuses a JSON duplicate key, naming both places', () => {
    expect(() => parseDocumentText(file('a.json', '{\n  "a": 1,\n  "a": 2\n}'))).toThrow(
      'a.json:3:3: duplicate key "a", first at 2:3: JSON readers disagree on which one counts, so remove one',
    );
  });

  it('refuses a JSON text of more values than a dossier holds, before parsing it', () => {
    expect(() => parseDocumentText(file('a.json', `[${'0,'.repeat(MAX_JSON_VALUES)}0]`))).toThrow(
      'a.json holds more than 2,000,000 JSON values, more than reckon reads in one dossier: split it',
    );
  });

  it('refuses YAML with more structural marks than it reads, before parsing it', () => {
    const text = `zz:\n${'  - 0\n'.repeat(MAX_YAML_MARKS)}`;
    expect(() => parseDocumentText(file('a.yaml', text))).toThrow(
      'a.yaml is YAML with more than 100,000 lines, items and keys, more than reckon reads as YAML: convert it to JSON (e.g. yq -o json), which reckon reads up to 64 MB',
    );
  });
});
