/**
 * Scoring against the labelled corpus (`tests/corpus/` at the repository root): shared by
 * the corpus test and the benchmark, so both count a phrase right by the same rule.
 * Not part of the public API.
 */
import type { Range } from '../src/range';
import { unit } from '../src/unit';

/** A range label as the corpus writes it: bounds, explicit inclusivity, unit, qualifier. */
export interface CorpusRange {
  readonly low: number | null;
  readonly high: number | null;
  readonly lowInclusive: boolean;
  readonly highInclusive: boolean;
  readonly unit: string;
  readonly qualifier: string;
  readonly central?: number;
  /** `rise` or `fall` when the phrase states a change (a fall is negative). */
  readonly change?: string;
  /** A stated confidence interval: `{ kind: 'interval', level: 0.9 }`. */
  readonly meaning?: { readonly kind: string; readonly level?: number };
  /** The noun a share is of, as written (`of GDP` gives `GDP`). */
  readonly base?: string;
  /** In paragraph spans: `from` or `to` for the two figures after a verb of revision. */
  readonly revision?: string;
}

/**
 * What a reading offers beside the bounds: the markers of issue 15, when the parser gives
 * them. A parser that gives none of them scores a label that has one as wrong.
 */
export interface ReadMarkers {
  readonly change?: string;
  readonly meaning?: { readonly kind: string; readonly level?: number };
  readonly base?: string;
  readonly revision?: string;
}

/** Where an entry comes from. */
export interface CorpusSource {
  readonly title: string;
  readonly publisher?: string;
  readonly url: string | null;
  readonly date?: string;
  readonly kind?: string;
  /** The country of the outlet (newsroom corpus): its currency is the `currencyHint`. */
  readonly country?: string;
}

/** One entry of `phrases.json`. */
export interface CorpusPhrase {
  readonly id: string;
  readonly phrase: string;
  readonly sentence?: string;
  readonly source: CorpusSource;
  readonly expected: CorpusRange;
  readonly notes?: string;
}

/** One entry of `non-quantities.json`. */
export interface CorpusNonQuantity {
  readonly id: string;
  readonly phrase: string;
  readonly sentence?: string;
  readonly source: CorpusSource;
  readonly notes?: string;
}

/** One entry of `paragraphs.json`. */
export interface CorpusParagraph {
  readonly id: string;
  readonly text: string;
  readonly source: CorpusSource;
  readonly expected: readonly {
    readonly start: number;
    readonly end: number;
    readonly text: string;
    readonly range: CorpusRange;
  }[];
}

/** Bounds agree to 1e-9 relative: labels are typed by hand, values computed. */
function sameNumber(a: number, b: number): boolean {
  if (a === b) return true;
  return Math.abs(a - b) <= 1e-9 * Math.max(Math.abs(a), Math.abs(b));
}

function canonicalUnit(text: string): string {
  try {
    return unit(text).text;
  } catch {
    return `(unreadable unit ${text})`;
  }
}

/**
 * How a range differs from its label: low, high, inclusivity, unit (compared in canonical
 * form), qualifier, and the central value where the label gives one.
 *
 * @param actual - what the parser read
 * @param expected - the label
 * @returns the differing fields, empty when they agree
 */
export function differences(
  actual: Pick<Range, 'low' | 'high' | 'lowInclusive' | 'highInclusive' | 'qualifier' | 'central'> &
    ReadMarkers & {
      readonly unit: { readonly text: string } | string;
    },
  expected: CorpusRange,
): string[] {
  const out: string[] = [];
  const low = expected.low ?? Number.NEGATIVE_INFINITY;
  const high = expected.high ?? Number.POSITIVE_INFINITY;
  if (!sameNumber(actual.low, low)) out.push(`low ${actual.low} ≠ ${low}`);
  if (!sameNumber(actual.high, high)) out.push(`high ${actual.high} ≠ ${high}`);
  if (actual.lowInclusive !== expected.lowInclusive)
    out.push(`lowInclusive ${actual.lowInclusive}`);
  if (actual.highInclusive !== expected.highInclusive) {
    out.push(`highInclusive ${actual.highInclusive}`);
  }
  const actualUnit = typeof actual.unit === 'string' ? actual.unit : actual.unit.text;
  const expectedUnit = canonicalUnit(expected.unit);
  if (canonicalUnit(actualUnit) !== expectedUnit) out.push(`unit ${actualUnit} ≠ ${expectedUnit}`);
  if (actual.qualifier !== expected.qualifier) {
    out.push(`qualifier ${actual.qualifier} ≠ ${expected.qualifier}`);
  }
  if (expected.central !== undefined) {
    if (actual.central === undefined || !sameNumber(actual.central, expected.central)) {
      out.push(`central ${actual.central} ≠ ${expected.central}`);
    }
  }
  return [...out, ...markerDifferences(actual, expected)];
}

/** A stated interval, as `interval@0.9`; the plain reading (`bounds`) and none are alike. */
function meaningText(meaning: ReadMarkers['meaning']): string | undefined {
  if (meaning === undefined || meaning.kind === 'bounds') return undefined;
  return meaning.kind === 'interval' ? `interval@${meaning.level}` : meaning.kind;
}

/**
 * How the markers of a reading differ from the label's: each one must agree, and a marker
 * on one side only is a difference (a change read where the label has none is as wrong as
 * a change missed).
 */
function markerDifferences(actual: ReadMarkers, expected: CorpusRange): string[] {
  const out: string[] = [];
  const pairs: [string, string | undefined, string | undefined][] = [
    ['change', actual.change, expected.change],
    ['meaning', meaningText(actual.meaning), meaningText(expected.meaning)],
    ['base', actual.base, expected.base],
    ['revision', actual.revision, expected.revision],
  ];
  for (const [name, got, want] of pairs) {
    if (got !== want) out.push(`${name} ${got ?? '(none)'} ≠ ${want ?? '(none)'}`);
  }
  return out;
}
