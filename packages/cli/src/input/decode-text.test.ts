import { describe, expect, it } from 'vitest';
import { InputError } from '../errors';
import { decodeText } from './decode-text';

const encode = (text: string) => new TextEncoder().encode(text);

describe('decodeText', () => {
  it('decodes UTF-8 and drops a byte order mark (the TSDoc example)', () => {
    expect(decodeText(encode('{"schemaVersion":"0.1"}'), 'dossier.json')).toBe(
      '{"schemaVersion":"0.1"}',
    );
    expect(decodeText(Uint8Array.of(0xef, 0xbb, 0xbf, 0x61), 'a.txt')).toBe('a');
    expect(() => decodeText(Uint8Array.of(0x7b, 0x00), 'image.png')).toThrow(InputError);
  });

  it('refuses a NUL byte as binary, naming its offset', () => {
    expect(() =>
      decodeText(Uint8Array.of(0x61, 0x62, 0x00), 'x.bin'),
    ).toThrowErrorMatchingInlineSnapshot(
      `[InputError: x.bin looks like a binary file (a NUL byte at offset 2), not text: give a UTF-8 text file]`,
    );
  });

  it('refuses UTF-16 by either byte order mark', () => {
    for (const bom of [
      [0xff, 0xfe],
      [0xfe, 0xff],
    ]) {
      expect(() => decodeText(Uint8Array.of(...bom, 0x41, 0x00), 'u.json')).toThrow(
        'u.json is UTF-16 text: save it as UTF-8 and try again',
      );
    }
  });

  it('refuses malformed UTF-8, naming the first bad byte', () => {
    expect(() => decodeText(Uint8Array.of(0x63, 0x61, 0x66, 0xe9), 'cafe.txt')).toThrow(
      'cafe.txt is not valid UTF-8: the byte at offset 3 (0xE9) starts no character; save the file as UTF-8',
    );
  });

  it('is a CliError with code CLI_INPUT and exit code 1', () => {
    try {
      decodeText(Uint8Array.of(0), 'z');
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(InputError);
      expect((error as InputError).code).toBe('CLI_INPUT');
      expect((error as InputError).exitCode).toBe(1);
    }
  });
});
