import { BriefOptionsError } from './errors';
import * as m from './messages';

/**
 * The sections a dossier brief can hold, in their default order: the one-paragraph `summary`,
 * the `estimates` table, the `chart` image (only when a chart path is given), what the numbers
 * `imply` (derived figures and consistency findings), the reports' `findings`, and the official
 * `responses` beside what they rebut. The title always comes first and the footnotes last.
 *
 * @example
 * ```ts
 * import { SECTION_NAMES } from '@reckon/markdown';
 * // Everything but the checks, which validate the dossier first:
 * SECTION_NAMES.filter((name) => name !== 'implications'); // => ['summary', 'estimates', 'chart', 'findings', 'responses']
 * ```
 */
export const SECTION_NAMES = [
  'summary',
  'estimates',
  'chart',
  'implications',
  'findings',
  'responses',
] as const;

/** One section of a brief; see {@link SECTION_NAMES}. */
export type SectionName = (typeof SECTION_NAMES)[number];

/**
 * How sources are cited: GFM footnotes (`[^1]`, the default) or in parentheses in place.
 *
 * @example
 * ```ts
 * import { LINK_STYLES, renderReport } from '@reckon/markdown';
 * import { parseReport } from '@reckon/schema';
 * LINK_STYLES; // => ['footnote', 'inline']
 * renderReport(parseReport({ id: 'report', title: 'Policies and Patterns' }), { linkStyle: 'inline' }).includes('[^'); // => false
 * ```
 */
export const LINK_STYLES = ['footnote', 'inline'] as const;

/**
 * How dates are written; see {@link BriefOptions.dateFormat}.
 *
 * @example
 * ```ts
 * import { DATE_FORMATS, renderResponse } from '@reckon/markdown';
 * import { parseOfficialResponse } from '@reckon/schema';
 * DATE_FORMATS; // => ['long', 'locale', 'iso']
 * const response = parseOfficialResponse({ id: 'r', respondentId: 'ministry', date: 'XXXX-05-20', stance: 'denies', targets: { reportIds: ['report'] } });
 * renderResponse(response, { dateFormat: 'iso' }).split('\n')[3]; // => '- **When:** --05-20 (year not recorded)'
 * ```
 */
export const DATE_FORMATS = ['long', 'locale', 'iso'] as const;

/**
 * How ranges are written by `formatRange`: `$12.5–19 billion a year` or `$12.5B–$19B/yr`.
 *
 * @example
 * ```ts
 * import { RANGE_STYLES, renderEstimates } from '@reckon/markdown';
 * import { parseEstimate } from '@reckon/schema';
 * RANGE_STYLES; // => ['long', 'short']
 * const revenue = parseEstimate({ id: 'revenue', metric: 'Scam revenue', range: { low: 12.5e9, high: 19e9, unit: 'USD/year' } });
 * renderEstimates([revenue], { rangeStyle: 'short' }).includes('| $12.5B–$19B/yr |'); // => true
 * ```
 */
export const RANGE_STYLES = ['long', 'short'] as const;

/** A chart image to embed, rendered elsewhere (for instance by @reckon/chart). */
export interface ChartImage {
  /**
   * A relative path that stays on the page's host (`charts/revenue.svg`), or an explicit
   * `http(s)://` URL; never `//host/...` or a backslash, which browsers load from another host.
   */
  readonly path: string;
  /** The image's text alternative; default `Chart of the estimates`. */
  readonly alt?: string;
}

/** Options for the brief renderers; every one has a default. */
export interface BriefOptions {
  /** Depth of the brief's title heading, 1 to 4 (default 1); sections sit one level below. */
  readonly headingDepth?: number;
  /** BCP 47 locale for numbers, currency signs, month and country names (default `en`). */
  readonly locale?: string;
  /** `long` (default) or `short`, passed to `formatRange`. */
  readonly rangeStyle?: (typeof RANGE_STYLES)[number];
  /** Which sections, in which order (default {@link SECTION_NAMES}). */
  readonly sections?: readonly SectionName[];
  /** `footnote` (default): citations as GFM footnotes; `inline`: in parentheses in place. */
  readonly linkStyle?: (typeof LINK_STYLES)[number];
  /**
   * `long` (default): `20 May 2025`, `May 2025`, `2025`, `20 May` (year unknown), with the
   * locale's month names; `locale`: the locale's own order (`May 20, 2025` in `en`);
   * `iso`: `2025-05-20`, `2025-05`, `2025`, `--05-20`.
   */
  readonly dateFormat?: (typeof DATE_FORMATS)[number];
  /** A chart image to embed in the `chart` section; without it the section is left out. */
  readonly chart?: ChartImage;
}

/** Options with every default filled in and every value checked. */
export interface ResolvedOptions {
  readonly headingDepth: number;
  readonly locale: string;
  readonly rangeStyle: (typeof RANGE_STYLES)[number];
  readonly sections: readonly SectionName[];
  readonly linkStyle: (typeof LINK_STYLES)[number];
  readonly dateFormat: (typeof DATE_FORMATS)[number];
  readonly chart: Readonly<Required<ChartImage>> | undefined;
}

const KNOWN = [
  'headingDepth',
  'locale',
  'rangeStyle',
  'sections',
  'linkStyle',
  'dateFormat',
  'chart',
] as const;

/** Keys that are not brief options but may ride along (the entity renderers' `dossier`). */
const CARRIED: ReadonlySet<string> = new Set(['dossier']);

function choice<T extends string>(
  option: string,
  value: unknown,
  choices: readonly T[],
  fallback: T,
): T {
  if (value === undefined) return fallback;
  if (typeof value === 'string' && (choices as readonly string[]).includes(value))
    return value as T;
  throw new BriefOptionsError(m.badChoice(option, value, choices), option);
}

function headingDepth(value: unknown): number {
  if (value === undefined) return 1;
  if (typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= 4) {
    return value;
  }
  throw new BriefOptionsError(m.badHeadingDepth(value), 'headingDepth');
}

function locale(value: unknown): string {
  if (value === undefined) return 'en';
  try {
    if (typeof value !== 'string') throw new TypeError('not a string');
    const [canonical] = Intl.getCanonicalLocales(value);
    if (canonical === undefined) throw new RangeError('empty');
    return canonical;
  } catch {
    throw new BriefOptionsError(m.badLocale(value), 'locale');
  }
}

function sections(value: unknown): readonly SectionName[] {
  if (value === undefined) return SECTION_NAMES;
  if (!Array.isArray(value)) throw new BriefOptionsError(m.sectionsNotArray(value), 'sections');
  const seen = new Set<string>();
  value.forEach((name: unknown, index) => {
    const option = `sections[${index}]`;
    if (typeof name !== 'string' || !(SECTION_NAMES as readonly string[]).includes(name)) {
      throw new BriefOptionsError(m.unknownSection(name, index, SECTION_NAMES), option);
    }
    if (seen.has(name)) throw new BriefOptionsError(m.repeatedSection(name, index), option);
    seen.add(name);
  });
  return Object.freeze([...value]) as readonly SectionName[];
}

/** A scheme before the first `/`, `?` or `#` makes a path a URL (`javascript:`, `data:`). */
const SCHEME = /^[A-Za-z][A-Za-z0-9+.-]*:/;
/** Whitespace and controls would need an enclosed destination and hide what is linked. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: refusing control characters is the point.
const UNSAFE_PATH_CHARACTER = /[\u0000-\u0020\u007F-\u009F\s<>]/;
/** An explicit web address: `http://` or `https://` and then a host. */
const WEB_URL = /^https?:\/\/[^/?#]/i;
/**
 * Pages the brief may be read from, to resolve a relative path against as a browser would.
 * Both special schemes matter (in `http:` and `file:` URLs a backslash is a slash), and a
 * non-special one (where it is not).
 */
const BASES = [
  'https://brief.invalid/a/b/page.html',
  'file:///a/b/page.md',
  'x-viewer://brief.invalid/a/page',
];

/**
 * Whether a browser would load `path` from where the brief says: an explicit `http(s)://host`
 * URL without a user name (`https://good.example@evil.example/` shows one host and loads
 * another), or a relative path that resolves on the page's own host under every base in
 * {@link BASES}. This is the WHATWG URL parser's reading, so every form it treats as
 * "another host" is refused: `//evil.example/x.svg`, and, since a special URL reads `\` as
 * `/`, `\\evil.example\x.svg`, `/\evil.example/x.svg`, `\/evil.example`; likewise `http:`
 * without slashes (`https:\\evil.example`, `https:/\evil.example`, `http:evil.example`).
 * A backslash is refused anywhere: it never belongs in a portable path, and renderers
 * disagree on it.
 */
function staysOnHost(path: string): boolean {
  if (path.includes('\\')) return false;
  if (SCHEME.test(path)) {
    const url = parseUrl(path);
    return WEB_URL.test(path) && url !== undefined && url.username === '' && url.password === '';
  }
  return BASES.every((base) => {
    const from = new URL(base);
    const to = parseUrl(path, base);
    return to !== undefined && to.protocol === from.protocol && to.host === from.host;
  });
}

/** `new URL`, or undefined where it throws (`URL.parse` is too new for some browsers). */
function parseUrl(text: string, base?: string): URL | undefined {
  try {
    return new URL(text, base);
  } catch {
    return undefined;
  }
}

function chart(value: unknown): ResolvedOptions['chart'] {
  if (value === undefined) return undefined;
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new BriefOptionsError(m.chartNotObject(value), 'chart');
  }
  const { path, alt } = value as { path?: unknown; alt?: unknown };
  if (
    typeof path !== 'string' ||
    path === '' ||
    UNSAFE_PATH_CHARACTER.test(path) ||
    !staysOnHost(path)
  ) {
    throw new BriefOptionsError(m.badChartPath(path), 'chart.path');
  }
  if (alt !== undefined && (typeof alt !== 'string' || !/\S/.test(alt))) {
    throw new BriefOptionsError(m.badChartAlt(alt), 'chart.alt');
  }
  return Object.freeze({ path, alt: (alt as string | undefined) ?? 'Chart of the estimates' });
}

/**
 * Checks brief options and fills in the defaults.
 *
 * @param options - what the caller passed (may be undefined)
 * @returns the resolved options, frozen
 * @throws {@link BriefOptionsError} for options that are not an object, an unknown option, a
 *   heading depth outside 1–4, an unknown or repeated section, a bad locale, style or date
 *   format, or a chart path that is not a relative path on the page's host or an explicit
 *   http(s) URL (`//evil.example/x.svg` and `\\evil.example\x.svg` are refused)
 * @example
 * ```ts
 * import { resolveOptions } from '@reckon/markdown';
 * resolveOptions({ headingDepth: 2 }).sections; // => ['summary', 'estimates', 'chart', 'implications', 'findings', 'responses']
 * resolveOptions({ sections: ['tables'] }); // throws BriefOptionsError
 * ```
 */
export function resolveOptions(options?: BriefOptions): ResolvedOptions {
  if (options !== undefined && (options === null || typeof options !== 'object')) {
    throw new BriefOptionsError(m.optionsNotObject(options), 'options');
  }
  const o = (options ?? {}) as Record<string, unknown>;
  for (const key of Object.keys(o)) {
    if (!(KNOWN as readonly string[]).includes(key) && !CARRIED.has(key)) {
      throw new BriefOptionsError(m.unknownOption(key, KNOWN), key);
    }
  }
  return Object.freeze({
    headingDepth: headingDepth(o.headingDepth),
    locale: locale(o.locale),
    rangeStyle: choice('rangeStyle', o.rangeStyle, RANGE_STYLES, 'long'),
    sections: sections(o.sections),
    linkStyle: choice('linkStyle', o.linkStyle, LINK_STYLES, 'footnote'),
    dateFormat: choice('dateFormat', o.dateFormat, DATE_FORMATS, 'long'),
    chart: chart(o.chart),
  });
}
