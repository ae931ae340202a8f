import type { Range } from '@reckon/range';
import { describe, expectTypeOf, it } from 'vitest';
import type {
  DerivedFigure,
  DerivedFigureJSON,
  DerivedKind,
  Finding,
  FindingCode,
  Severity,
} from './index';
import { checkDossier, deriveFigures } from './index';

describe('public types', () => {
  it('types findings by their stable codes', () => {
    expectTypeOf<Finding['code']>().toEqualTypeOf<FindingCode>();
    expectTypeOf<Finding['severity']>().toEqualTypeOf<Severity>();
    expectTypeOf<'part-exceeds-whole'>().toExtend<FindingCode>();
    expectTypeOf<'no-such-code'>().not.toExtend<FindingCode>();
    expectTypeOf(checkDossier).returns.toEqualTypeOf<Finding[]>();
  });

  it('keeps a figure’s range a Range, and its JSON form plain', () => {
    expectTypeOf(deriveFigures).returns.toEqualTypeOf<DerivedFigure[]>();
    expectTypeOf<DerivedFigure['range']>().toEqualTypeOf<Range>();
    expectTypeOf<DerivedFigureJSON['range']['low']>().toEqualTypeOf<number | null>();
    expectTypeOf<DerivedFigure['kind']>().toEqualTypeOf<DerivedKind>();
  });
});
