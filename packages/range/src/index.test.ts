import * as api from '@reckon/range';
import { expect, it } from 'vitest';

// Imported at the top, not inside the test: under mutation testing, code that runs while a
// module loads then counts as run by no test, so a mutant in it is a static mutant, and not
// one that only this test seems to cover (which would be run without ever being applied).
it('exports exactly the public API', () => {
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
