/**
 * Where a byte sequence stops being well-formed UTF-8 (the Unicode Standard, table 3-7):
 * TextDecoder can say that a buffer is not UTF-8 but not where, and "at byte 1,234" is what a
 * person needs to find the broken character.
 *
 * @param bytes - the input
 * @returns the offset of the first byte that starts no well-formed character, or -1 when
 *   every byte belongs to one
 * @throws never
 * @example
 * ```ts
 * utf8ErrorOffset(new TextEncoder().encode('Kingdom’s')); // => -1
 * utf8ErrorOffset(Uint8Array.of(0x61, 0xff, 0x62)); // => 1
 * ```
 */
export function utf8ErrorOffset(bytes: Uint8Array): number {
  const n = bytes.length;
  let i = 0;
  while (i < n) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i += 1;
      continue;
    }
    // The lead byte decides how many continuation bytes follow and, for the first one, a
    // narrower range that excludes overlong forms, surrogates and code points past U+10FFFF.
    let length: number;
    let low = 0x80;
    let high = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) length = 2;
    else if (b >= 0xe0 && b <= 0xef) {
      length = 3;
      if (b === 0xe0) low = 0xa0;
      else if (b === 0xed) high = 0x9f;
    } else if (b >= 0xf0 && b <= 0xf4) {
      length = 4;
      if (b === 0xf0) low = 0x90;
      else if (b === 0xf4) high = 0x8f;
    } else return i;
    if (i + length > n) return i;
    const second = bytes[i + 1]!;
    if (second < low || second > high) return i;
    for (let k = 2; k < length; k += 1) {
      const next = bytes[i + k]!;
      if (next < 0x80 || next > 0xbf) return i;
    }
    i += length;
  }
  return -1;
}
