import { expect, it } from 'vitest';

it('exports exactly the public API', async () => {
  const api = await import('@reckon/range');
  expect(Object.keys(api).sort()).toMatchInlineSnapshot(`
    [
      "DivisionByZeroError",
      "InvalidRangeError",
      "RangeParseError",
      "ReckonError",
      "UnitMismatchError",
      "UnitSyntaxError",
      "UnknownCurrencyError",
      "add",
      "certainlyGreater",
      "contains",
      "convert",
      "div",
      "equals",
      "extractRanges",
      "formatRange",
      "mul",
      "negate",
      "overlaps",
      "parseRange",
      "point",
      "possiblyGreater",
      "range",
      "rangeFromJSON",
      "rangeToJSON",
      "scale",
      "sub",
      "sum",
      "unit",
    ]
  `);
});
