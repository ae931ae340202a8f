import type { OutputStream } from '../io';

/** Styles for text on a terminal; each is the identity when colour is off. */
export interface Paint {
  readonly enabled: boolean;
  readonly bold: (text: string) => string;
  readonly dim: (text: string) => string;
  readonly red: (text: string) => string;
  readonly yellow: (text: string) => string;
  readonly green: (text: string) => string;
  readonly cyan: (text: string) => string;
}

const set = (value: string | undefined): boolean => value !== undefined && value !== '';

/**
 * Whether to colour what is written to a stream. `NO_COLOR` (any non-empty value, as
 * no-color.org defines it) always wins; then `FORCE_COLOR` (except `0` or `false`) turns it
 * on for pipes too; otherwise colour only on a terminal, and not when `TERM=dumb`.
 *
 * @param stream - where the text goes
 * @param env - the environment
 * @returns `true` to colour
 * @throws never
 * @example
 * ```ts
 * wantsColour({ write() {}, isTTY: true }, { NO_COLOR: '1' }); // => false
 * wantsColour({ write() {} }, {}); // => false
 * ```
 */
export function wantsColour(
  stream: OutputStream,
  env: Readonly<Record<string, string | undefined>>,
): boolean {
  if (set(env.NO_COLOR)) return false;
  const force = env.FORCE_COLOR;
  if (set(force)) return force !== '0' && force !== 'false';
  return stream.isTTY === true && env.TERM !== 'dumb';
}

const sgr =
  (open: number, close: number) =>
  (text: string): string =>
    `\u001b[${open}m${text}\u001b[${close}m`;

const plain = (text: string): string => text;

/**
 * Styles for one stream: ANSI SGR sequences when `enabled`, plain text otherwise.
 *
 * @param enabled - from {@link wantsColour}
 * @returns the styles
 * @throws never
 * @example
 * ```ts
 * paint(false).red('error'); // => 'error'
 * paint(true).red('error'); // => '\u001b[31merror\u001b[39m'
 * ```
 */
export function paint(enabled: boolean): Paint {
  if (!enabled) {
    return {
      enabled,
      bold: plain,
      dim: plain,
      red: plain,
      yellow: plain,
      green: plain,
      cyan: plain,
    };
  }
  return {
    enabled,
    bold: sgr(1, 22),
    dim: sgr(2, 22),
    red: sgr(31, 39),
    yellow: sgr(33, 39),
    green: sgr(32, 39),
    cyan: sgr(36, 39),
  };
}
