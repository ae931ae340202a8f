import { checkRange } from '../internal/check';
import { otherEnd } from '../parse/bounds';
import { VAGUE_WORDS } from '../parse/lexicon/vague';
import type { Range } from '../range';
import { changeWords } from './change-words';
import { currencyAffix } from './currency-affix';
import { shiftDecimal } from './decimal';
import { decimalText, formatNumber, type Notation, notationFor, numberFormat } from './number-text';
import { type FormatOptions, type ResolvedFormat, resolveFormat } from './options';
import { type Side, shownValue } from './shown-value';
import { type UnitWords, unitWords } from './unit-words';
import {
  CURRENCY_NAMES,
  NEARLY_WORDS,
  PER_WORDS,
  PERIOD_WORDS,
  QUALIFIER_WORDS,
  RATIO_WORDS,
} from './words';

/** What is shown: the range, after the `percent` option has scaled a pure ratio. */
interface Shown {
  readonly r: Range;
  readonly low: number;
  readonly high: number;
  readonly central: number | undefined;
  readonly words: UnitWords | undefined;
}

/**
 * Writes a range the way a newsroom would, on top of `Intl.NumberFormat` (and its
 * `formatRange` for the shared part of a range).
 *
 * - Long (default): `$12.5–19 billion a year`, `at least 350,000 people`, `up to 60%`,
 *   `about $3 million`, `tens of thousands of victims`.
 * - Short: `$12.5B–$19B/yr`, `≥350K people`, `≤60%`, `~$3M`.
 *
 * Open bounds are written as words from their inclusivity (`at least`/`more than`,
 * `up to`/`less than`); a closed range with an open end (`(5, 10]`) as `more than 5 and
 * up to 10`. Each end shows the range's significant figures (`sigFigs`), keeping one
 * guard digit an end already has (`12.5` beside `19` at two figures); without `sigFigs` a
 * value is written in full. An end with more digits than that is rounded outward: a lower
 * bound down, an upper bound up, so the written range holds every value of the range
 * (16.67–38 at two figures is `16–38`, never `17–38`). Ends that round to the same value
 * (a point, or a computed near-point) are written once, rounded to the nearest, with
 * `about` only for an approximate range. An approximate range whose best guess is its open
 * end is `nearly X` ([17.5, 18) million, central 18 million) or `just over X`. A stated
 * change is written back as one: `a fall of 12%` for -12% with `change: 'fall'`. Zero is `0`. A meaning other than bounds, and a
 * central value (rounded to the nearest) other than an approximate point's, follow in
 * parentheses: `(90% interval)`, `(central $15 million)`. Words are English; `locale` sets
 * digits, separators and currency signs.
 *
 * In English, `parseRange(formatRange(r))` gives `r` back for ranges whose ends are written
 * with their own digits (see the round-trip test for the exact statement), and for every
 * range the range read back contains `r`, up to float noise (see the containment test).
 *
 * @param r - the range
 * @param options - `locale` (default `en`), `style` (`long` | `short`), `percent` (show a
 *   unit-`1` ratio as a percent), `sigFigs` (override)
 * @returns the text
 * @throws {InvalidRangeError} when `r` is not a Range, or for a bad option
 * @example
 * ```ts
 * const revenue = range(12.5e9, 19e9, 'USD/year', { sigFigs: 2 });
 * formatRange(revenue); // => '$12.5–19 billion a year'
 * formatRange(revenue, { style: 'short' }); // => '$12.5B–$19B/yr'
 * formatRange(range(350000, Infinity, 'people', { qualifier: 'at-least', sigFigs: 2 }));
 * // => 'at least 350,000 people'
 * formatRange(point(0.6, '1', { sigFigs: 1 }), { percent: true }); // => '60%'
 * // A computed share, 12.5/75 to 19/50, at two figures: a guard digit, rounded outward.
 * formatRange(range(16.666666666666664, 38.00000000000001, '%', { sigFigs: 2 })); // => '16.6–38%'
 * formatRange(point(-12, '%', { sigFigs: 2, change: 'fall' })); // => 'a fall of 12%'
 * formatRange(parseRange('nearly 18 million people')); // => 'nearly 18 million people'
 * ```
 */
export function formatRange(r: Range, options?: FormatOptions): string {
  const range = checkRange('range', r);
  const change = changeWords(range);
  if (change !== undefined) return change.words + formatRange(change.magnitude, options);
  const o = resolveFormat(options, range.sigFigs);
  let shown: Shown = {
    r: range,
    low: range.low,
    high: range.high,
    central: range.central,
    words: unitWords(range.unit),
  };
  if (o.percent && range.unit.text === '1') {
    const shift = (x: number) => (Number.isFinite(x) ? shiftDecimal(x, 2) : x);
    shown = {
      ...shown,
      low: shift(range.low),
      high: shift(range.high),
      central: range.central === undefined ? undefined : shift(range.central),
      words: { ratio: '%' },
    };
  }
  return body(shown, o) + centralNote(shown, o) + meaningNote(range);
}

function body(s: Shown, o: ResolvedFormat): string {
  const { r, low, high } = s;
  const q = QUALIFIER_WORDS[o.style];
  const lowOpen = low === Number.NEGATIVE_INFINITY;
  const highOpen = high === Number.POSITIVE_INFINITY;
  if (lowOpen && highOpen) return `any amount in ${r.unit.text}`;
  if (highOpen) {
    return (r.lowInclusive ? q['at-least'] : q['more-than']) + one(low, 'low', s, o);
  }
  if (lowOpen) {
    return (r.highInclusive ? q['at-most'] : q['less-than']) + one(high, 'high', s, o);
  }
  if (r.qualifier === 'vague' && r.lowInclusive && !r.highInclusive) {
    const vague = vagueText(s, o);
    if (vague !== undefined) return vague;
  }
  // "nearly 18 million" is [17.5, 18) million with 18 million central; "just over 40%" is
  // (40, 40.5]: the open end and the best guess are the figure written.
  // Only when the words read back to a range holding this one: the other end lies within
  // half a unit of the figure's last significant figure.
  const figures = o.sigFigs;
  if (r.qualifier === 'approx' && s.central !== undefined && figures !== undefined) {
    if (!r.highInclusive && r.lowInclusive && s.central === high && high > 0) {
      if (low >= otherEnd(high, figures, 'nearly')) {
        return `${NEARLY_WORDS.nearly}${one(high, 'nearest', s, o)}`;
      }
    }
    if (!r.lowInclusive && r.highInclusive && s.central === low && low > 0) {
      if (high <= otherEnd(low, figures, 'just-over')) {
        return `${NEARLY_WORDS['just-over']}${one(low, 'nearest', s, o)}`;
      }
    }
  }
  const hedge = r.qualifier === 'approx' ? q.approx : '';
  // A point, or ends that round alike (a computed point such as [31.666…, 31.666… + 1 ulp]),
  // is one value, rounded to the nearest: "$32 billion", not "$31–32 billion".
  if (
    shownValue(low, o.sigFigs, 'nearest').value === shownValue(high, o.sigFigs, 'nearest').value
  ) {
    return hedge + one(low, 'nearest', s, o);
  }
  if (!r.lowInclusive || !r.highInclusive) {
    const lower = (r.lowInclusive ? q['at-least'] : q['more-than']) + quantity(low, 'low', s, o);
    const upper = (r.highInclusive ? q['at-most'] : q['less-than']) + quantity(high, 'high', s, o);
    return `${lower} and ${upper}${tail(s, o, false)}`;
  }
  return hedge + pair(low, high, s, o) + tail(s, o, false);
}

/** One number with its whole unit: `$3 million`, `350,000 people a year`. */
function one(x: number, side: Side, s: Shown, o: ResolvedFormat): string {
  const a = amount(x, side, o);
  return withCurrency(a.text, s, o) + ratioText(s, o, a.value === 1) + tail(s, o, a.value === 1);
}

interface Amount {
  readonly value: number;
  readonly digits: number;
  readonly text: string;
  readonly exponent: number;
  readonly notation: Notation;
}

/** `x` as written: rounded as its side allows (see `shownValue`), in a notation that suits. */
function amount(x: number, side: Side, o: ResolvedFormat, notation?: Notation): Amount {
  const { value, digits } = shownValue(x, o.sigFigs, side);
  const chosen = notation ?? notationFor(value, digits, o.style);
  const text = formatNumber(value, Math.min(o.sigFigs ?? 1, digits), digits, chosen, o.locale);
  return { value, digits, notation: chosen, ...text };
}

/** A number with its currency sign (after any minus sign). */
function withCurrency(text: string, s: Shown, o: ResolvedFormat): string {
  const code = s.words?.currency;
  if (code === undefined) return text;
  const affix = currencyAffix(o.locale, o.english, code);
  if (!affix.before) return text + affix.text;
  return text.startsWith('-') ? `-${affix.text}${text.slice(1)}` : affix.text + text;
}

/** One end with its currency and ratio sign, without noun or period: `$12.5 billion`. */
function quantity(x: number, side: Side, s: Shown, o: ResolvedFormat): string {
  const a = amount(x, side, o);
  return withCurrency(a.text, s, o) + ratioText(s, o, a.value === 1);
}

/** The two ends of a closed range: `$12.5–19 billion`, `$12.5B–$19B`, `-$5 to -$3 million`. */
function pair(low: number, high: number, s: Shown, o: ResolvedFormat): string {
  const a = amount(low, 'low', o);
  let b = amount(high, 'high', o);
  const signed = a.value < 0 || b.value < 0;
  // Zero is written with one digit; in a joint format it would cut the other end's padding.
  const zero = a.value === 0 || b.value === 0;
  if (
    o.style === 'long' &&
    !signed &&
    !mayShareThousands(a, b) &&
    !zero &&
    a.notation === b.notation &&
    a.exponent === b.exponent &&
    a.text !== b.text
  ) {
    const nf = numberFormat(
      o.locale,
      a.notation,
      Math.min(o.sigFigs ?? 1, a.digits, b.digits),
      Math.max(a.digits, b.digits),
    );
    const joint = nf.formatRange(decimalText(a.value), decimalText(b.value));
    // ICU writes "~" when both ends round alike; then the ends are written apart.
    if (!joint.includes('~') && !joint.includes('\u2248')) {
      return withCurrency(joint, s, o) + ratioText(s, o, false);
    }
  }
  // A scale written only on the high end is read onto a bare low end when that keeps the
  // range ordered: "2–3 million" is [2e6, 3e6]. So a bare low end 2 beside 3e6 needs the
  // high end in full digits: "2–3,000,000".
  if (a.exponent === 0 && b.exponent > 0 && shiftDecimal(a.value, b.exponent) <= b.value) {
    b = amount(high, 'high', o, 'full');
  }
  const join = signed || mayShareThousands(a, b) ? ' to ' : '\u2013';
  const shared = o.style === 'long' && s.words?.ratio !== undefined;
  // Long style writes a ratio once ("60–70%"); short writes each end whole ("$12.5B–$19B").
  return shared
    ? withCurrency(a.text, s, o) + join + withCurrency(b.text, s, o) + ratioText(s, o, false)
    : withCurrency(a.text, s, o) +
        ratioText(s, o, false) +
        join +
        withCurrency(b.text, s, o) +
        ratioText(s, o, false);
}

/**
 * Whether a small whole low end dashed to a grouped high end ("20–25,000") could be read as
 * sharing its thousands (20,000–25,000). The parser refuses such a dash, so these ends are
 * joined with "to".
 */
function mayShareThousands(a: Amount, b: Amount): boolean {
  return (
    /^\d{1,3}$/.test(a.text) &&
    /^\d{1,3}(\D\d{3})+$/.test(b.text) &&
    a.value > 0 &&
    a.value * 1000 <= b.value
  );
}

function ratioText(s: Shown, o: ResolvedFormat, isOne: boolean): string {
  const ratio = s.words?.ratio;
  if (ratio === undefined) return '';
  const [singular, plural] = RATIO_WORDS[o.style][ratio];
  return isOne ? singular : plural;
}

/** The noun and period after the numbers: ` people a year`, `/yr`. */
function tail(s: Shown, o: ResolvedFormat, isOne: boolean): string {
  return s.words ? suffix(s.words, o, isOne, false) : ` ${s.r.unit.text}`;
}

function suffix(words: UnitWords, o: ResolvedFormat, isOne: boolean, withRatio = true): string {
  const ratio = withRatio && words.ratio ? RATIO_WORDS[o.style][words.ratio][isOne ? 0 : 1] : '';
  const noun = words.noun ? ` ${isOne ? words.noun.singular : words.noun.plural}` : '';
  const per = words.per ? PER_WORDS[o.style] + words.per : '';
  const period = words.period ? PERIOD_WORDS[o.style][words.period] : '';
  return ratio + noun + per + period;
}

/** "tens of thousands of victims", "billions of dollars a year". */
function vagueText(s: Shown, o: ResolvedFormat): string | undefined {
  const words = s.words;
  if (!words || words.ratio !== undefined || words.per !== undefined) return undefined;
  const entry = VAGUE_WORDS.find(([, lo, hi]) => lo === s.low && hi === s.high);
  if (!entry) return undefined;
  const what = words.currency
    ? ` of ${CURRENCY_NAMES[words.currency] ?? words.currency}`
    : words.noun
      ? ` of ${words.noun.plural}`
      : '';
  const period = words.period ? PERIOD_WORDS[o.style][words.period] : '';
  return entry[0] + what + period;
}

/** A best guess beside a range: `(central $15 million)`; an approximate point's is itself. */
function centralNote(s: Shown, o: ResolvedFormat): string {
  const c = s.central;
  if (c === undefined) return '';
  if (s.r.qualifier === 'approx' && s.low === s.high) return '';
  // "nearly X" and "just over X" say their best guess in the words.
  const onOpenEnd = (c === s.high && !s.r.highInclusive) || (c === s.low && !s.r.lowInclusive);
  if (s.r.qualifier === 'approx' && onOpenEnd) return '';
  return ` (central ${quantity(c, 'nearest', s, o)})`;
}

function meaningNote(r: Range): string {
  const m = r.meaning;
  switch (m.kind) {
    case 'bounds':
      return '';
    case 'interval':
      return ` (${shiftDecimal(m.level, 2)}% interval)`;
    case 'scenarios':
      return ' (scenarios)';
    case 'plus-minus':
      return ' (plus-minus)';
  }
}
