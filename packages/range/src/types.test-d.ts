import {
  add,
  contains,
  convert,
  div,
  type Meaning,
  point,
  type Qualifier,
  type Range,
  type RangeJSON,
  type ReckonError,
  type ReckonErrorCode,
  range,
  rangeFromJSON,
  rangeToJSON,
  sum,
  type Unit,
  UnitMismatchError,
  unit,
} from '@reckon/range';
import { describe, expectTypeOf, it } from 'vitest';

describe('types', () => {
  it('types ranges as read-only values', () => {
    const r = range(1, 2, 'USD');
    expectTypeOf(r).toEqualTypeOf<Range>();
    expectTypeOf(r.low).toEqualTypeOf<number>();
    expectTypeOf(r.central).toEqualTypeOf<number | undefined>();
    expectTypeOf(r.unit).toEqualTypeOf<Unit>();
    expectTypeOf(r.qualifier).toEqualTypeOf<Qualifier>();
    expectTypeOf(r.meaning).toEqualTypeOf<Meaning>();
    // @ts-expect-error ranges are immutable
    r.low = 3;
  });

  it('accepts a Unit or its text wherever a unit is taken', () => {
    expectTypeOf(range).parameter(2).toEqualTypeOf<Unit | string>();
    expectTypeOf(convert).parameter(1).toEqualTypeOf<Unit | string>();
    expectTypeOf(unit).returns.toEqualTypeOf<Unit>();
  });

  it('does not let a point take inclusivity options', () => {
    // @ts-expect-error a point is inclusive at both ends
    point(1, 'USD', { lowInclusive: false });
  });

  it('narrows meanings on kind', () => {
    const m = range(1, 2, '1').meaning;
    if (m.kind === 'interval') expectTypeOf(m.level).toEqualTypeOf<number>();
    // @ts-expect-error only an interval has a level
    m.level;
  });

  it('returns Ranges from every operation and booleans from comparisons', () => {
    expectTypeOf(add).returns.toEqualTypeOf<Range>();
    expectTypeOf(div).returns.toEqualTypeOf<Range>();
    expectTypeOf(sum).parameter(0).toEqualTypeOf<readonly Range[]>();
    expectTypeOf(contains).parameter(1).toEqualTypeOf<Range | number>();
    expectTypeOf(contains).returns.toEqualTypeOf<boolean>();
  });

  it('types JSON with null for open bounds and takes unknown input back', () => {
    expectTypeOf(rangeToJSON).returns.toEqualTypeOf<RangeJSON>();
    expectTypeOf<RangeJSON['low']>().toEqualTypeOf<number | null>();
    expectTypeOf(rangeFromJSON).parameter(0).toEqualTypeOf<unknown>();
  });

  it('gives errors literal codes, while other packages may add codes of their own', () => {
    expectTypeOf<ReckonError['code']>().toEqualTypeOf<string>();
    expectTypeOf<ReckonErrorCode>().toExtend<string>();
    expectTypeOf<UnitMismatchError['code']>().toEqualTypeOf<'UNIT_MISMATCH'>();
    expectTypeOf(new UnitMismatchError('m')).toMatchTypeOf<ReckonError>();
  });
});
