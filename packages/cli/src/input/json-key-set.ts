/**
 * The keys of one JSON object as it is scanned, to find a duplicate. It holds no strings:
 * an open-addressing table of the keys' offsets in the source (an `Int32Array`, at most half
 * full and at least a quarter full once grown, so 8 to 16 bytes a key, where a key takes at least 5 bytes of
 * source), and a key is read again from the source to compare. An object of millions of keys
 * therefore stays within a few times its own size, as a `Map` of strings would not.
 */
export class JsonKeySet {
  private table = new Int32Array(8);
  private count = 0;

  constructor(private readonly text: string) {}

  /**
   * Adds the key whose opening quote is at `start`.
   *
   * @param start - the offset of the key's opening quote
   * @returns the offset of an earlier key with the same value, or -1
   * @throws never, for a text that `JSON.parse` accepted
   * @example
   * ```ts
   * const keys = new JsonKeySet('{"a":1,"\\u0061":2}');
   * keys.add(1); // => -1
   * keys.add(7); // => 1
   * ```
   */
  add(start: number): number {
    if ((this.count + 1) * 2 > this.table.length) this.grow();
    const key = keyAt(this.text, start);
    const mask = this.table.length - 1;
    for (let slot = hash(key) & mask; ; slot = (slot + 1) & mask) {
      const held = this.table[slot]!;
      if (held === 0) {
        this.table[slot] = start + 1;
        this.count += 1;
        return -1;
      }
      if (keyAt(this.text, held - 1) === key) return held - 1;
    }
  }

  private grow(): void {
    const old = this.table;
    this.table = new Int32Array(old.length * 2);
    const mask = this.table.length - 1;
    for (const held of old) {
      if (held === 0) continue;
      let slot = hash(keyAt(this.text, held - 1)) & mask;
      while (this.table[slot] !== 0) slot = (slot + 1) & mask;
      this.table[slot] = held;
    }
  }
}

/**
 * The offset of the closing quote of the JSON string whose opening quote is at `start`.
 *
 * @param text - a JSON text
 * @param start - the offset of an opening quote
 * @returns the offset of its closing quote
 * @throws never
 * @example
 * ```ts
 * stringEnd('"a\\"b" ', 0); // => 5
 * ```
 */
export function stringEnd(text: string, start: number): number {
  let i = start + 1;
  for (;;) {
    const c = text.charCodeAt(i);
    if (c === 0x22 || Number.isNaN(c)) return i;
    i += c === 0x5c ? 2 : 1;
  }
}

/**
 * The value of the JSON string whose opening quote is at `start`, escapes decoded.
 *
 * @param text - a JSON text
 * @param start - the offset of an opening quote
 * @returns the string's value
 * @throws never, for a text that `JSON.parse` accepted
 * @example
 * ```ts
 * keyAt('{"\\u0061b":1}', 1); // => 'ab'
 * ```
 */
export function keyAt(text: string, start: number): string {
  const end = stringEnd(text, start);
  const raw = text.slice(start + 1, end);
  return raw.includes('\\') ? (JSON.parse(`"${raw}"`) as string) : raw;
}

/** FNV-1a over the UTF-16 code units. */
function hash(key: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) {
    h ^= key.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}
