import { ChartDataError, ChartOptionsError } from './errors';
import * as m from './messages';
import type { ChartItem, ChartOptions } from './types';

/** Options with every default filled in and every value checked. */
export interface ResolvedChartOptions {
  readonly title: string;
  readonly description: string | undefined;
  readonly width: number;
  readonly scale: 'auto' | 'linear' | 'log';
  readonly locale: string;
  readonly idPrefix: string;
}

const KNOWN = ['title', 'description', 'width', 'scale', 'locale', 'idPrefix'] as const;
const SCALES = ['auto', 'linear', 'log'] as const;
/** Below this the plot has no room beside the labels; above it no screen shows the chart. */
export const MIN_WIDTH = 240;
export const MAX_WIDTH = 10_000;
/** An id goes into attributes as it is: only characters that need no escaping, XML-name shaped. */
const ID_PREFIX = /^[A-Za-z][A-Za-z0-9_.-]{0,63}$/;

function text(option: string, value: unknown, fallback: string): string;
function text(option: string, value: unknown, fallback: undefined): string | undefined;
function text(option: string, value: unknown, fallback: string | undefined): string | undefined {
  if (value === undefined) return fallback;
  if (typeof value !== 'string') throw new ChartOptionsError(m.badText(option, value), option);
  return value;
}

function width(value: unknown): number {
  if (value === undefined) return 720;
  if (
    typeof value === 'number' &&
    Number.isInteger(value) &&
    value >= MIN_WIDTH &&
    value <= MAX_WIDTH
  ) {
    return value;
  }
  throw new ChartOptionsError(m.badWidth(value, MIN_WIDTH, MAX_WIDTH), 'width');
}

function scale(value: unknown): ResolvedChartOptions['scale'] {
  if (value === undefined) return 'auto';
  if (typeof value === 'string' && (SCALES as readonly string[]).includes(value)) {
    return value as ResolvedChartOptions['scale'];
  }
  throw new ChartOptionsError(m.badChoice('scale', value, SCALES), 'scale');
}

function locale(value: unknown): string {
  if (value === undefined) return 'en';
  try {
    if (typeof value !== 'string') throw new TypeError('not a string');
    const [canonical] = Intl.getCanonicalLocales(value);
    if (canonical === undefined) throw new RangeError('empty');
    // A locale Intl knows the syntax of but cannot format in would fail later, mid-drawing.
    new Intl.NumberFormat(canonical);
    return canonical;
  } catch {
    throw new ChartOptionsError(m.badLocale(value), 'locale');
  }
}

function idPrefix(value: unknown): string {
  if (value === undefined) return 'reckon-chart';
  if (typeof value === 'string' && ID_PREFIX.test(value)) return value;
  throw new ChartOptionsError(m.badIdPrefix(value), 'idPrefix');
}

/**
 * Checks chart options and fills in the defaults, as @reckon/markdown does for brief options.
 *
 * @param options - what the caller passed (may be undefined)
 * @returns the resolved options, frozen
 * @throws {@link ChartOptionsError} for options that are not an object, an unknown option, a
 *   width that is not a whole number from 240 to 10,000, an unknown scale, a bad locale, a
 *   title or description that is not a string, or an id prefix that is not a plain XML id
 */
export function resolveChartOptions(options: ChartOptions | undefined): ResolvedChartOptions {
  if (
    options !== undefined &&
    (options === null || typeof options !== 'object' || Array.isArray(options))
  ) {
    throw new ChartOptionsError(m.optionsNotObject(options), 'options');
  }
  const o = (options ?? {}) as Record<string, unknown>;
  for (const key of Object.keys(o)) {
    if (!(KNOWN as readonly string[]).includes(key)) {
      throw new ChartOptionsError(m.unknownOption(key, KNOWN), key);
    }
  }
  return Object.freeze({
    title: text('title', o.title, 'Estimates'),
    description: text('description', o.description, undefined),
    width: width(o.width),
    scale: scale(o.scale),
    locale: locale(o.locale),
    idPrefix: idPrefix(o.idPrefix),
  });
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null;

/**
 * Checks the shape of the items, in one pass, so a wrong one is named instead of failing
 * somewhere inside the drawing.
 *
 * @param items - what the caller passed
 * @throws {@link ChartDataError} naming the first item that is not `{ label, range }`
 */
export function checkItems(items: unknown): asserts items is readonly ChartItem[] {
  if (!Array.isArray(items)) throw new ChartDataError(m.itemsNotArray(items), 'items');
  for (let i = 0; i < items.length; i++) {
    const item: unknown = items[i];
    if (!isObject(item)) throw new ChartDataError(m.badItem(i, 'is not an object'), `items[${i}]`);
    if (typeof item.label !== 'string') {
      throw new ChartDataError(m.badItem(i, 'has no string label'), `items[${i}].label`);
    }
    const { range } = item;
    if (
      !isObject(range) ||
      typeof range.low !== 'number' ||
      typeof range.high !== 'number' ||
      !isObject(range.unit)
    ) {
      throw new ChartDataError(
        m.badItem(i, 'has no range (build one with range() or rangeFromJSON())'),
        `items[${i}].range`,
      );
    }
    if (item.scope !== undefined && typeof item.scope !== 'string') {
      throw new ChartDataError(
        m.badItem(i, 'has a scope that is not a string'),
        `items[${i}].scope`,
      );
    }
  }
}
