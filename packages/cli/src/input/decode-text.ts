import { InputError } from '../errors';
import { messages } from '../messages';
import { utf8ErrorOffset } from './utf8-error-offset';

// `fatal` makes malformed input an error rather than U+FFFD; a leading BOM is dropped.
const decoder = new TextDecoder('utf-8', { fatal: true });

/**
 * Decodes an input as UTF-8 text, refusing what is not text: a UTF-16 file (by its byte order
 * mark), a binary file (any NUL byte: no JSON, YAML or prose contains one), or bytes that
 * are not well-formed UTF-8 (naming the offset of the first bad byte).
 *
 * @param bytes - the input
 * @param name - the input as the user named it, for messages
 * @returns the text, without a leading byte order mark
 * @throws {InputError} when the bytes are not UTF-8 text
 * @example
 * ```ts
 * decodeText(new TextEncoder().encode('{"schemaVersion":"0.1"}'), 'dossier.json');
 * // => '{"schemaVersion":"0.1"}'
 * decodeText(Uint8Array.of(0x7b, 0x00), 'image.png'); // throws InputError
 * ```
 */
export function decodeText(bytes: Uint8Array, name: string): string {
  const [first, second] = bytes;
  if ((first === 0xff && second === 0xfe) || (first === 0xfe && second === 0xff)) {
    throw new InputError(messages.utf16(name));
  }
  const nul = bytes.indexOf(0);
  if (nul !== -1) throw new InputError(messages.binary(name, nul));
  try {
    return decoder.decode(bytes);
  } catch {
    const offset = utf8ErrorOffset(bytes);
    throw new InputError(messages.notUtf8(name, offset, bytes[offset] ?? 0));
  }
}
