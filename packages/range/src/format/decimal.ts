/**
 * Decimal facts about doubles, computed from their shortest round-trip text (`String(x)`),
 * so no arithmetic rounding creeps in: 0.6 shifted two places is exactly 60.
 */

/** Splits `String(|x|)` into its digits without the point and the power of ten of the last. */
function decompose(x: number): { digits: string; exponent: number } {
  const text = String(Math.abs(x));
  const e = text.indexOf('e');
  const mantissa = e < 0 ? text : text.slice(0, e);
  const power = e < 0 ? 0 : Number(text.slice(e + 1));
  const point = mantissa.indexOf('.');
  const digits = point < 0 ? mantissa : mantissa.slice(0, point) + mantissa.slice(point + 1);
  const fraction = point < 0 ? 0 : mantissa.length - point - 1;
  return { digits, exponent: power - fraction };
}

/**
 * The significant digits of the shortest text that reads back as `x`: 12.5e9 has 3,
 * 350000 has 2, 0.1 + 0.2 has 17. Zero has 1.
 *
 * @param x - a finite number
 * @returns the count, at least 1
 */
export function shortestDigits(x: number): number {
  const { digits } = decompose(x);
  let start = 0;
  while (start < digits.length - 1 && digits.charCodeAt(start) === 48) start++;
  let end = digits.length;
  while (end > start + 1 && digits.charCodeAt(end - 1) === 48) end--;
  return end - start;
}

/**
 * `x` rounded to `p` significant digits, as the double nearest that decimal.
 *
 * @param x - a finite number
 * @param p - significant digits, 1 to 21
 * @returns the rounded number
 */
export function roundToDigits(x: number, p: number): number {
  return Number(x.toPrecision(p));
}

/**
 * `x` rounded to `p` significant digits in one direction: `down` toward -Infinity (for a
 * lower bound), `up` toward +Infinity (for an upper bound), so the rounded bound never cuts
 * off a value the bound allowed. Works on the decimal digits (`toExponential`), so no power
 * of ten is lost to binary arithmetic; a step below a power of ten keeps `p` figures (down
 * from 1.0 at two figures is 0.99, not 0.9).
 *
 * @param x - a finite number
 * @param p - significant digits, 1 to 21
 * @param direction - `down` or `up`
 * @returns the rounded number: `<= x` going down, `>= x` going up
 */
export function roundOutward(x: number, p: number, direction: 'down' | 'up'): number {
  if (x === 0) return 0;
  const [digits = '0', power = '0'] = x.toExponential(p - 1).split('e');
  // The mantissa as a signed integer of p digits, and the power of ten of its last digit.
  const mantissa = Number(digits.replace('.', ''));
  const exponent = Number(power) - (p - 1);
  const nearest = Number(`${mantissa}e${exponent}`);
  if (direction === 'down' ? nearest <= x : nearest >= x) return nearest;
  const step = direction === 'down' ? -1 : 1;
  const next = mantissa + step;
  // Stepping toward zero across a power of ten (10 → 9 at two figures) loses a figure: take
  // the step at the next power down instead (10 → 9.9).
  return Math.abs(next) < 10 ** (p - 1)
    ? Number(`${mantissa * 10 + step}e${exponent - 1}`)
    : Number(`${next}e${exponent}`);
}

/**
 * `x × 10^k` as the double nearest the shifted decimal (0.6 → 60, not 60.00000000000001).
 *
 * @param x - a finite number
 * @param k - places to shift, positive to the left
 * @returns the shifted number
 */
export function shiftDecimal(x: number, k: number): number {
  const { digits, exponent } = decompose(x);
  return Number(`${x < 0 ? '-' : ''}${digits}e${exponent + k}`);
}
