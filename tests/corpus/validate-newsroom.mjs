// Checks the newsroom corpus (phrases-newsroom.json, paragraphs-newsroom.json) and its frozen
// held-out split (newsroom-split.json). Called by validate.mjs, which owns the shared checks of
// sources and range labels; no dependencies.
//
// The split is a pure function of each entry's id: FNV-1a (32 bits) of `${seed}:${id}`, held out
// when the hash modulo 100 is below 20. Adding entries later therefore never moves an earlier
// one between the tuning and the held-out side; this file checks that the stored list is
// exactly what the rule gives, so an edit to either is caught.

/** The kinds of issue-15 phrase an entry can be tagged with (an entry may carry several). */
export const NEWSROOM_KINDS = new Set([
  'denominator', // $300 per worker per month, $1,800 per capita, per victim
  'change', // a 12% slump, fell 2.6%, shrinking, slashed by, down, rose, up
  'nearly', // nearly / almost / just under / close to / shy of X, and just over X
  'lakh-crore', // 12 lakh rupees, Rs 2 crore
  'indian-grouping', // 4,50,000 and 12,34,567
  'revision', // revised the toll from 120 to 1,400 (paragraph spans)
  'interval', // the 90 percent confidence interval runs from X to Y
  'rate-per-population', // four in every 1,000 residents, per 100,000 population
  'share-words', // half, two-thirds, a quarter, one in five, seven out of ten, X% of GDP
  'local-currency', // ₱/P, RM, ฿/B, Rp, K/Ks, ₭, ៛, ₫, Rs/₹, Tk, S$, HK$, NT$ and currency words
  'iso-code', // USD412 million, US$3.4bil, US $9 billion, 20.1 billion USD, IDR 1,028 trillion
  'bound-verb', // topped, surpassing, exceeded, in excess of, upwards of, north of
  'parentheses-signs', // parenthetical restatements, minus 5% to minus 8%
  'ordinary', // plain amounts and comparatives the old convention already covered
]);

const SPLIT_PERCENT = 20;

/** FNV-1a, 32 bits, over the UTF-16 code units of `text` (ids are ASCII). */
export function fnv1a(text) {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

/** Whether the split rule holds `id` out of tuning. */
export function isHeldOut(seed, id) {
  return fnv1a(`${seed}:${id}`) % 100 < SPLIT_PERCENT;
}

const isNonEmptyString = (x) => typeof x === 'string' && x.trim().length > 0;

function checkTags(fail, path, tags) {
  if (!Array.isArray(tags) || tags.length === 0) {
    fail(`${path}.tags`, 'must be a non-empty array of kinds');
    return;
  }
  for (const tag of tags) {
    if (!NEWSROOM_KINDS.has(tag)) fail(`${path}.tags`, `unknown kind ${JSON.stringify(tag)}`);
  }
  if (new Set(tags).size !== tags.length) fail(`${path}.tags`, 'lists a kind twice');
}

function checkNewsroomSource(fail, checkSource, path, source) {
  checkSource(path, source);
  if (source?.kind !== 'constructed' && !isNonEmptyString(source?.country)) {
    fail(`${path}.country`, 'must name the country of the outlet (or "international (…)")');
  }
}

/**
 * Checks a file of tagged phrases (the newsroom phrases or the probe): ids with `prefix`, each
 * phrase verbatim in its sentence and listed once, a source with its country, a valid range
 * label (no revision marker: those belong to paragraph spans), known tags, and constructed
 * entries under 5%.
 *
 * @returns the entries, or an empty list when the file is not a list
 */
function checkTaggedPhrases(tools, name, prefix, minimum) {
  const { load, fail, checkIds, checkList, checkSource, checkRange } = tools;
  const phrases = load(name);
  if (!checkList(name, phrases, minimum)) return [];
  checkIds(name, phrases, prefix);
  const seen = new Set();
  phrases.forEach((p, i) => {
    const path = `${name}[${i}] (${p?.id})`;
    if (!isNonEmptyString(p.phrase)) fail(`${path}.phrase`, 'must be a non-empty string');
    if (!isNonEmptyString(p.sentence)) fail(`${path}.sentence`, 'must be a non-empty string');
    else if (typeof p.phrase === 'string' && !p.sentence.includes(p.phrase)) {
      fail(path, 'the phrase must appear verbatim in its sentence');
    }
    const key = `${p.phrase}\u0000${p.sentence}`;
    if (seen.has(key)) fail(path, 'the same phrase from the same sentence is listed twice');
    seen.add(key);
    checkNewsroomSource(fail, checkSource, `${path}.source`, p.source);
    checkRange(`${path}.expected`, p.expected);
    if (p.expected?.revision !== undefined) {
      fail(`${path}.expected.revision`, 'belongs to paragraph spans only');
    }
    checkTags(fail, path, p.tags);
    if (p.notes !== undefined && !isNonEmptyString(p.notes)) {
      fail(`${path}.notes`, 'must be a string');
    }
  });
  // Constructed phrases are allowed only where no real one was found, and stay rare.
  const constructed = phrases.filter((p) => p.source?.kind === 'constructed').length;
  if (constructed * 20 >= phrases.length) {
    fail(name, `constructed entries must stay under 5% (${constructed})`);
  }
  return phrases;
}

/**
 * Runs every newsroom check, reporting through `fail`.
 *
 * @param tools - the shared checks of validate.mjs
 * @returns the counts, for the summary line
 */
export function checkNewsroom(tools) {
  const { load, fail, checkIds, checkList, checkSource, checkRange } = tools;
  const counts = { phrases: 0, probe: 0, paragraphs: 0, heldOut: 0 };
  const ids = [];

  const phrases = checkTaggedPhrases(tools, 'phrases-newsroom.json', 'nw', 300);
  counts.phrases = phrases.length;
  ids.push(...phrases.map((p) => p?.id));

  // The probe: phrases gathered after the parser work, from sources the corpus above does
  // not quote, scored once before any change made for them. It is never part of the split.
  const probe = checkTaggedPhrases(tools, 'phrases-newsroom-probe.json', 'nwp', 80);
  counts.probe = probe.length;
  const quoted = new Set(phrases.map((p) => p?.sentence));
  probe.forEach((p, i) => {
    if (quoted.has(p?.sentence)) {
      fail(`phrases-newsroom-probe.json[${i}] (${p?.id})`, 'quotes a sentence the corpus already holds');
    }
  });

  const paragraphs = load('paragraphs-newsroom.json');
  if (checkList('paragraphs-newsroom.json', paragraphs, 1)) {
    counts.paragraphs = paragraphs.length;
    checkIds('paragraphs-newsroom.json', paragraphs, 'nwg');
    paragraphs.forEach((g, i) => {
      const path = `paragraphs-newsroom.json[${i}] (${g?.id})`;
      ids.push(g?.id);
      if (!isNonEmptyString(g.text)) fail(`${path}.text`, 'must be a non-empty string');
      checkNewsroomSource(fail, checkSource, `${path}.source`, g.source);
      checkTags(fail, path, g.tags);
      if (!Array.isArray(g.expected) || g.expected.length === 0) {
        fail(`${path}.expected`, 'must be a non-empty array of spans');
        return;
      }
      let previousEnd = 0;
      g.expected.forEach((e, j) => {
        const at = `${path}.expected[${j}]`;
        if (!Number.isInteger(e.start) || !Number.isInteger(e.end) || e.start < 0 || e.end <= e.start) {
          fail(at, 'start and end must be integers with 0 <= start < end');
          return;
        }
        if (typeof g.text === 'string' && g.text.slice(e.start, e.end) !== e.text) {
          fail(at, `text.slice(start, end) is ${JSON.stringify(g.text?.slice(e.start, e.end))}, not ${JSON.stringify(e.text)}`);
        }
        if (e.start < previousEnd) fail(at, 'spans must be in order and must not overlap');
        previousEnd = e.end;
        checkRange(`${at}.range`, e.range);
      });
      // A revision is a pair of neighbouring figures, one `from` and one `to`, in either order
      // (`revised to 315 from about 565` names the new figure first).
      const sides = g.expected.map((e) => e.range?.revision).filter((r) => r !== undefined);
      for (let k = 0; k < sides.length; k += 2) {
        if (new Set([sides[k], sides[k + 1]]).size !== 2 || sides[k + 1] === undefined) {
          fail(`${path}.expected`, 'revision markers must come in from/to pairs');
          break;
        }
      }
    });
  }

  const split = load('newsroom-split.json');
  if (split === null || typeof split !== 'object' || Array.isArray(split)) {
    fail('newsroom-split.json', 'must be an object with seed and heldOut');
    return counts;
  }
  if (!isNonEmptyString(split.seed)) fail('newsroom-split.json.seed', 'must be a non-empty string');
  if (!Array.isArray(split.heldOut)) {
    fail('newsroom-split.json.heldOut', 'must be an array of ids');
    return counts;
  }
  const want = ids.filter((id) => typeof id === 'string' && isHeldOut(split.seed, id));
  const have = new Set(split.heldOut);
  const missing = want.filter((id) => !have.has(id));
  const extra = split.heldOut.filter((id) => !want.includes(id));
  if (missing.length > 0 || extra.length > 0 || have.size !== split.heldOut.length) {
    fail(
      'newsroom-split.json.heldOut',
      `must be exactly the ids the seeded rule holds out (missing ${missing.join(', ') || 'none'}; ` +
        `not held out by the rule ${extra.join(', ') || 'none'}; listed twice: ${split.heldOut.length - have.size})`,
    );
  }
  counts.heldOut = split.heldOut.length;
  return counts;
}
