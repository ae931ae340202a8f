import type { ChartItem } from './types';

/** Maps values in a unit onto pixels, and says where its ticks go. */
export interface AxisScale {
  readonly kind: 'linear' | 'log';
  /** Pixel position of a finite value; values outside the domain are clamped to its edges. */
  position(value: number): number;
  /** Finite tick values, ascending, each inside the domain. */
  readonly ticks: readonly number[];
}

/** The finite values an item puts on the axis: its finite bounds and its central value. */
export function finiteValues(items: readonly ChartItem[]): number[] {
  const values: number[] = [];
  for (const { range } of items) {
    for (const v of [range.low, range.high, range.central]) {
      if (v !== undefined && Number.isFinite(v)) values.push(v);
    }
  }
  return values;
}

/**
 * The smallest and largest of the values, by a loop: `Math.min(...values)` passes every value
 * as an argument and overflows the stack on a long list.
 */
export function extent(values: readonly number[]): { min: number; max: number } | undefined {
  if (values.length === 0) return undefined;
  let min = values[0]!;
  let max = min;
  for (const v of values) {
    if (v < min) min = v;
    if (v > max) max = v;
  }
  return { min, max };
}

/**
 * Picks linear or log: log when every finite value is positive and they span at least two
 * orders of magnitude, where a linear axis would squash the small ones into a dot.
 */
export function chooseScaleKind(
  values: readonly number[],
  requested: 'auto' | 'linear' | 'log',
): 'linear' | 'log' {
  const ends = extent(values);
  const positive = ends !== undefined && ends.min > 0;
  if (requested === 'linear' || !positive) return 'linear';
  if (requested === 'log') return 'log';
  // A quotient of huge over tiny may overflow to Infinity, which still reads as "wide".
  return ends.max / ends.min >= 100 ? 'log' : 'linear';
}

/** Where `v` lies between `lo` and `hi`, as a fraction of the span. */
function fraction(v: number, lo: number, hi: number): number {
  const span = hi - lo;
  // Near ±MAX_VALUE the span itself overflows; halving every term keeps it finite.
  if (Number.isFinite(span)) return (v - lo) / span;
  return (v / 2 - lo / 2) / (hi / 2 - lo / 2);
}

/** A round step (1, 2 or 5 times a power of ten) giving about five ticks, or undefined. */
function niceStep(lo: number, hi: number): number | undefined {
  const raw = (hi / 2 - lo / 2) / 2.5;
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  // Subnormal spans have no representable power of ten below them (10 ** -324 is 0).
  if (!(magnitude > 0) || !Number.isFinite(magnitude)) return undefined;
  const residual = raw / magnitude;
  const nice = residual <= 1 ? 1 : residual <= 2 ? 2 : residual <= 5 ? 5 : 10;
  const step = nice * magnitude;
  return step > 0 && Number.isFinite(step) ? step : undefined;
}

/** At most this many ticks, whatever rounding does at the edges of the double range. */
const MAX_TICKS = 12;

function linearScale(values: readonly number[], left: number, right: number): AxisScale {
  const ends = extent(values) ?? { min: 0, max: 1 };
  let { min: lo, max: hi } = ends;
  // Bars read best from zero when zero is near; a far-off zero would waste the axis.
  if (lo > 0 && lo <= hi / 2) lo = 0;
  if (hi < 0 && hi >= lo / 2) hi = 0;
  if (lo === hi) {
    // Half the value either side; MIN_VALUE keeps a subnormal point from collapsing to zero.
    const pad = lo === 0 ? 1 : Math.max(Math.abs(lo) / 2, Number.MIN_VALUE);
    lo = Math.max(lo - pad, -Number.MAX_VALUE);
    hi = Math.min(hi + pad, Number.MAX_VALUE);
  }
  const step = niceStep(lo, hi);
  const ticks: number[] = [];
  if (step === undefined) {
    // No round step exists at this scale: the domain is the data, its ends are the ticks.
    ticks.push(lo, hi);
  } else {
    // Widen the domain to whole steps where that stays finite; near MAX_VALUE it cannot.
    const niceLo = Math.floor(lo / step) * step;
    const niceHi = Math.ceil(hi / step) * step;
    if (Number.isFinite(niceLo)) lo = niceLo;
    if (Number.isFinite(niceHi)) hi = niceHi;
    const first = Math.ceil(lo / step);
    for (let i = 0; i < MAX_TICKS; i++) {
      const tick = (first + i) * step;
      if (!(tick <= hi)) break;
      if (tick >= lo && tick !== ticks.at(-1)) ticks.push(tick);
    }
  }
  const position = (v: number): number => {
    const t = fraction(Math.min(Math.max(v, lo), hi), lo, hi);
    return left + t * (right - left);
  };
  return { kind: 'linear', position, ticks };
}

function logScale(values: readonly number[], left: number, right: number): AxisScale {
  const ends = extent(values) ?? { min: 1, max: 10 };
  const lo = Math.floor(Math.log10(ends.min));
  let hi = Math.ceil(Math.log10(ends.max));
  if (hi === lo) hi = lo + 1;
  // Across many decades a tick per decade would crowd the axis: every few decades instead.
  const every = Math.max(1, Math.ceil((hi - lo) / 8));
  const ticks: number[] = [];
  for (let e = lo; e <= hi; e += every) {
    ticks.push(10 ** e);
    // With few decades, 2 and 5 within each help the eye; with many they crowd the axis.
    if (hi - lo <= 2 && e < hi) ticks.push(2 * 10 ** e, 5 * 10 ** e);
  }
  // 10 ** 309 is Infinity and 10 ** -324 is 0: neither is a place on the axis.
  const shown = ticks.filter((tick) => tick > 0 && Number.isFinite(tick)).sort((a, b) => a - b);
  const position = (v: number): number => {
    const exponent = v > 0 ? Math.log10(v) : lo;
    const t = (Math.min(Math.max(exponent, lo), hi) - lo) / (hi - lo);
    return left + t * (right - left);
  };
  return { kind: 'log', position, ticks: shown };
}

/** The scale for one panel of items sharing a unit, drawn between pixels `left` and `right`. */
export function axisScale(
  items: readonly ChartItem[],
  requested: 'auto' | 'linear' | 'log',
  left: number,
  right: number,
): AxisScale {
  const values = finiteValues(items);
  return chooseScaleKind(values, requested) === 'log'
    ? logScale(values, left, right)
    : linearScale(values, left, right);
}
