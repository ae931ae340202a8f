#!/usr/bin/env node
// Checks the shape of the quantity corpus: phrases.json, non-quantities.json and
// paragraphs.json next to this file, and the newsroom files with their frozen held-out split
// (validate-newsroom.mjs). No dependencies, so it runs before anything is built.
//
// Usage: node tests/corpus/validate.mjs   (exit code 0 when every check passes)
//
// Beyond types, it checks that each label agrees with its qualifier (an `at-most` range has an
// open, exclusive low end and an inclusive high end, and so on), because a label that
// contradicts the labelling convention is a bug in the corpus, not in the parser.

import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkNewsroom } from './validate-newsroom.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const QUALIFIERS = new Set([
  'exact',
  'approx',
  'at-least',
  'more-than',
  'at-most',
  'less-than',
  'vague',
]);
const RANGE_KEYS = new Set([
  'low',
  'high',
  'lowInclusive',
  'highInclusive',
  'unit',
  'qualifier',
  'central',
  'change',
  'meaning',
  'base',
  'revision',
]);
// A unit is atoms joined by `/`: `USD`, `USD/year`, `%`, `people`, `barrels/day`, `1`,
// `USD/worker/month`, `MMK/USD` (an exchange rate).
const UNIT = /^(?:1|%|[A-Za-z][A-Za-z-]*)(?:\/[A-Za-z]+)*$/;

const errors = [];
const fail = (path, message) => errors.push(`${path}: ${message}`);

function load(name) {
  const file = join(here, name);
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    fail(name, `cannot be read as JSON (${error.message})`);
    return [];
  }
}

const isFiniteNumber = (x) => typeof x === 'number' && Number.isFinite(x);
const isNonEmptyString = (x) => typeof x === 'string' && x.trim().length > 0;

function checkSource(path, source) {
  if (source === null || typeof source !== 'object') {
    fail(path, 'must be an object with title, publisher and url');
    return;
  }
  if (!isNonEmptyString(source.title)) fail(`${path}.title`, 'must be a non-empty string');
  if (source.kind === 'constructed') return;
  if (!isNonEmptyString(source.publisher)) fail(`${path}.publisher`, 'must be a non-empty string');
  if (source.kind === 'seed') {
    if (source.url !== null) fail(`${path}.url`, 'must be null for the seed article');
    return;
  }
  if (!isNonEmptyString(source.url) || !/^https?:\/\//.test(source.url)) {
    fail(
      `${path}.url`,
      'must be an http(s) address (or the source must be `seed` or `constructed`)',
    );
  }
  if (source.date !== undefined && !/^\d{4}(-\d{2}(-\d{2})?)?$/.test(source.date)) {
    fail(`${path}.date`, `must be YYYY, YYYY-MM or YYYY-MM-DD, got ${JSON.stringify(source.date)}`);
  }
}

function checkRange(path, r) {
  if (r === null || typeof r !== 'object') {
    fail(path, 'must be an object');
    return;
  }
  for (const key of Object.keys(r)) {
    if (!RANGE_KEYS.has(key)) fail(`${path}.${key}`, 'is not a field of a range label');
  }
  for (const end of ['low', 'high']) {
    if (r[end] !== null && !isFiniteNumber(r[end])) {
      fail(`${path}.${end}`, 'must be a finite number or null (open)');
    }
  }
  for (const flag of ['lowInclusive', 'highInclusive']) {
    if (typeof r[flag] !== 'boolean') fail(`${path}.${flag}`, 'must be true or false');
  }
  if (!isNonEmptyString(r.unit) || !UNIT.test(r.unit)) {
    fail(
      `${path}.unit`,
      `must be a unit such as "USD/year", "%" or "people", got ${JSON.stringify(r.unit)}`,
    );
  }
  if (!QUALIFIERS.has(r.qualifier)) {
    fail(`${path}.qualifier`, `must be one of ${[...QUALIFIERS].join(', ')}`);
  }
  if (r.low === null && r.lowInclusive !== false) fail(path, 'an open low end must be exclusive');
  if (r.high === null && r.highInclusive !== false)
    fail(path, 'an open high end must be exclusive');
  if (isFiniteNumber(r.low) && isFiniteNumber(r.high) && r.low > r.high) {
    fail(path, `low (${r.low}) must not exceed high (${r.high})`);
  }
  if (r.central !== undefined) {
    if (!isFiniteNumber(r.central)) fail(`${path}.central`, 'must be a finite number');
    else if ((r.low !== null && r.central < r.low) || (r.high !== null && r.central > r.high)) {
      fail(`${path}.central`, 'must lie between low and high');
    }
  }
  checkQualifier(path, r);
  checkMarkers(path, r);
}

// The optional markers of a label: a signed change, a stated interval, the base of a share
// and the side of a revision. A fall must not be positive and a rise must not be negative.
function checkMarkers(path, r) {
  if (r.change !== undefined) {
    if (r.change !== 'rise' && r.change !== 'fall') fail(`${path}.change`, 'must be "rise" or "fall"');
    if (r.change === 'fall' && r.high !== null && r.high > 0) fail(path, 'a fall must not be positive');
    if (r.change === 'rise' && r.low !== null && r.low < 0) fail(path, 'a rise must not be negative');
  }
  if (r.meaning !== undefined) {
    const m = r.meaning;
    if (m === null || m.kind !== 'interval' || !isFiniteNumber(m.level) || m.level <= 0 || m.level >= 1) {
      fail(`${path}.meaning`, 'must be { kind: "interval", level } with 0 < level < 1');
    }
  }
  if (r.base !== undefined && !isNonEmptyString(r.base)) fail(`${path}.base`, 'must be a non-empty string');
  if (r.revision !== undefined && r.revision !== 'from' && r.revision !== 'to') {
    fail(`${path}.revision`, 'must be "from" or "to"');
  }
}

// What each qualifier implies about the bounds, from the labelling convention.
function checkQualifier(path, r) {
  const closedPair = r.low !== null && r.high !== null && r.lowInclusive && r.highInclusive;
  const want = (ok, what) => {
    if (!ok) fail(path, `qualifier \`${r.qualifier}\` ${what}`);
  };
  switch (r.qualifier) {
    case 'exact':
      want(closedPair, 'needs two finite, inclusive ends');
      want(r.central === undefined, 'takes no central value');
      break;
    case 'approx':
      if (isFiniteNumber(r.low) && isFiniteNumber(r.high) && r.lowInclusive !== r.highInclusive) {
        // `nearly X` is [X - half a unit, X) and `just over X` is (X, X + half a unit], with
        // X, the exclusive end, as the central value.
        want(
          r.central === (r.lowInclusive ? r.high : r.low),
          'with one exclusive end (`nearly X`, `just over X`) has that end as `central`',
        );
        break;
      }
      want(closedPair, 'needs two finite, inclusive ends');
      want(
        r.low === r.high ? r.central === r.low : r.central === undefined,
        'carries `central` exactly when it is a point, and then equal to it',
      );
      break;
    case 'more-than':
      want(r.low !== null && !r.lowInclusive && r.high === null, 'means (X, +inf)');
      break;
    case 'at-least':
      want(r.low !== null && r.lowInclusive && r.high === null, 'means [X, +inf)');
      break;
    case 'at-most':
      want(r.low === null && r.high !== null && r.highInclusive, 'means (-inf, X]');
      break;
    case 'less-than':
      want(r.low === null && r.high !== null && !r.highInclusive, 'means (-inf, X)');
      break;
    case 'vague':
      want(
        r.low !== null && r.high !== null && r.lowInclusive && !r.highInclusive && r.low < r.high,
        'means a half-open magnitude [lo, hi)',
      );
      break;
  }
}

function checkIds(name, items, prefix) {
  const seen = new Set();
  items.forEach((item, i) => {
    const id = item?.id;
    if (typeof id !== 'string' || !new RegExp(`^${prefix}\\d{3,}$`).test(id)) {
      fail(`${name}[${i}].id`, `must look like ${prefix}001`);
    } else if (seen.has(id)) {
      fail(`${name}[${i}].id`, `duplicate id ${id}`);
    }
    seen.add(id);
  });
}

function checkList(name, value, minimum) {
  if (!Array.isArray(value)) {
    fail(name, 'must be an array');
    return false;
  }
  if (value.length < minimum)
    fail(name, `must hold at least ${minimum} entries, has ${value.length}`);
  return true;
}

const phrases = load('phrases.json');
if (checkList('phrases.json', phrases, 220)) {
  checkIds('phrases.json', phrases, 'p');
  const seen = new Set();
  phrases.forEach((p, i) => {
    const path = `phrases.json[${i}] (${p?.id})`;
    if (!isNonEmptyString(p.phrase)) fail(`${path}.phrase`, 'must be a non-empty string');
    if (!isNonEmptyString(p.sentence)) fail(`${path}.sentence`, 'must be a non-empty string');
    else if (typeof p.phrase === 'string' && !p.sentence.includes(p.phrase)) {
      fail(path, 'the phrase must appear verbatim in its sentence');
    }
    const key = `${p.phrase}\u0000${p.sentence}`;
    if (seen.has(key)) fail(path, 'the same phrase from the same sentence is listed twice');
    seen.add(key);
    checkSource(`${path}.source`, p.source);
    checkRange(`${path}.expected`, p.expected);
    if (p.notes !== undefined && !isNonEmptyString(p.notes))
      fail(`${path}.notes`, 'must be a string');
  });
  const constructed = phrases.filter((p) => p.source?.kind === 'constructed').length;
  if (constructed * 5 >= phrases.length) {
    fail(
      'phrases.json',
      `constructed entries must stay under 20% (${constructed} of ${phrases.length})`,
    );
  }
}

const nonQuantities = load('non-quantities.json');
if (checkList('non-quantities.json', nonQuantities, 25)) {
  checkIds('non-quantities.json', nonQuantities, 'n');
  nonQuantities.forEach((n, i) => {
    const path = `non-quantities.json[${i}] (${n?.id})`;
    if (!isNonEmptyString(n.phrase)) fail(`${path}.phrase`, 'must be a non-empty string');
    if (!isNonEmptyString(n.sentence) || !n.sentence.includes(n.phrase)) {
      fail(path, 'the phrase must appear verbatim in its sentence');
    }
    checkSource(`${path}.source`, n.source);
    if (n.expected !== undefined) fail(`${path}.expected`, 'a non-quantity has no expected range');
  });
}

const paragraphs = load('paragraphs.json');
if (checkList('paragraphs.json', paragraphs, 20)) {
  checkIds('paragraphs.json', paragraphs, 'g');
  paragraphs.forEach((g, i) => {
    const path = `paragraphs.json[${i}] (${g?.id})`;
    if (!isNonEmptyString(g.text)) fail(`${path}.text`, 'must be a non-empty string');
    checkSource(`${path}.source`, g.source);
    if (!Array.isArray(g.expected)) {
      fail(`${path}.expected`, 'must be an array (empty when the paragraph has no quantity)');
      return;
    }
    let previousEnd = 0;
    g.expected.forEach((e, j) => {
      const at = `${path}.expected[${j}]`;
      if (
        !Number.isInteger(e.start) ||
        !Number.isInteger(e.end) ||
        e.start < 0 ||
        e.end <= e.start
      ) {
        fail(at, 'start and end must be integers with 0 <= start < end');
        return;
      }
      if (typeof g.text === 'string' && e.end > g.text.length) fail(at, 'end is past the text');
      if (typeof g.text === 'string' && g.text.slice(e.start, e.end) !== e.text) {
        fail(
          at,
          `text.slice(start, end) is ${JSON.stringify(g.text.slice(e.start, e.end))}, not ${JSON.stringify(e.text)}`,
        );
      }
      if (e.start < previousEnd) fail(at, 'spans must be in order and must not overlap');
      previousEnd = e.end;
      checkRange(`${at}.range`, e.range);
    });
  });
}

const newsroom = checkNewsroom({ load, fail, checkIds, checkList, checkSource, checkRange });

if (errors.length > 0) {
  console.error(`corpus: ${errors.length} problem(s)\n${errors.map((e) => `  - ${e}`).join('\n')}`);
  process.exit(1);
}
console.log(
  `corpus: ok (${phrases.length} phrases, ${nonQuantities.length} non-quantities, ${paragraphs.length} paragraphs; ` +
    `newsroom: ${newsroom.phrases} phrases, ${newsroom.heldOut} held out, ${newsroom.paragraphs} paragraphs; ` +
    `probe: ${newsroom.probe} phrases)`,
);
