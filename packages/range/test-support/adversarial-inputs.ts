/**
 * Inputs built to break a parser: floods of digits and separators, nested "between",
 * mixed scripts and emoji, lone surrogates. Shared by the test (small sizes) and the
 * benchmark (1 MB and 2 MB), so both exercise the same shapes.
 */

/** Repeats `unit` until the result is `size` UTF-16 code units long. */
function fill(unit: string, size: number): string {
  return unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
}

/**
 * The adversarial inputs, each `size` code units long.
 *
 * @param size - length in UTF-16 code units
 * @returns named inputs
 */
export function adversarialInputs(
  size: number,
): readonly (readonly [name: string, text: string])[] {
  return [
    ['digits', fill('1234567890', size)],
    ['grouped digits', fill('1,234,567,', size)],
    ['separators', fill(',', size)],
    ['mixed separators', fill(',.,-–/ ', size)],
    ['nested between', fill('between ', size)],
    ['between and', fill('between 1 and between ', size)],
    ['ranges', fill('$1–2 million to ', size)],
    ['number words', fill('twenty-five hundred thousand and ', size)],
    ['mixed scripts and emoji', fill('中文 😀 عربى 5% ру́сский ', size)],
    ['unpaired surrogates', fill('\ud800 5 \udc00$', size)],
    ['dashes and signs', fill('-−+~±', size)],
  ];
}
