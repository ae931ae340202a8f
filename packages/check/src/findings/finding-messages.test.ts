import { describe, expect, it } from 'vitest';
import type { FindingCode, Severity } from '../finding';
import { loadFixture } from '../testing/load-fixture';
import { checkDossier } from './check-dossier';

interface Expected {
  readonly code: FindingCode;
  readonly severity: Severity;
  readonly refs: readonly string[];
  readonly message: string;
}

/**
 * Every finding of each code's `triggers.json` and of the real cases, in full: its severity,
 * the estimates it refers to in order, and every word of its message. A message names each
 * estimate by metric, place, period, range and source, says what is wrong and what to do; the
 * tests of each code check when it fires, these what it says.
 */
const EXPECTED: Record<string, readonly Expected[]> = {
  'counter-estimate-disagrees/triggers.json': [
    {
      code: 'counter-estimate-disagrees',
      severity: 'warning',
      refs: ['ministry-response', 'ministry-revenue', 'revenue'],
      message:
        'The response of A. Spokesperson, spokesperson (disputes-figures) gives “Scam revenue ' +
        'in Cambodia, per the ministry” for Cambodia ($500 million–$1 billion a year), given by ' +
        'A. Spokesperson, which does not overlap “Scam revenue in Cambodia” for Cambodia ' +
        "($12.5–19 billion a year), stated in “Report A”: the response's figure is certainly " +
        'lower.',
    },
  ],
  'currency-without-rate/triggers.json': [
    {
      code: 'currency-without-rate',
      severity: 'warning',
      refs: ['revenue-usd', 'revenue-khr'],
      message:
        '“Scam revenue in Cambodia” for Cambodia ($12.5–19 billion a year), stated in “Report ' +
        'A” and “Scam revenue in Cambodia” for Cambodia (KHR\u00a050–80 trillion a year), stated in ' +
        '“Report B” share the metric key “scam-revenue”, but are in different currencies or ' +
        'price years (USD/year and KHR/year) and no rate was given, so they were neither ' +
        'compared nor combined. Pass a rate in USD/KHR to compare them.',
    },
  ],
  'estimates-disagree/triggers.json': [
    {
      code: 'estimates-disagree',
      severity: 'warning',
      refs: ['revenue-a', 'revenue-b'],
      message:
        '“Scam revenue in Cambodia” for Cambodia, 2024 ($12.5–19 billion a year), stated in ' +
        '“Report A” is certainly greater than “Scam revenue in Cambodia” for Cambodia, 2024 ' +
        '($2–3 billion a year), stated in “Report B”, by at least $9.5 billion a year, each ' +
        'read at the precision it was given: estimates of one metric and place that do not ' +
        'overlap. The disagreement is often the story: say which is right, or why they differ.',
    },
  ],
  'estimates-nest/triggers.json': [
    {
      code: 'estimates-nest',
      severity: 'info',
      refs: ['revenue-a', 'revenue-b'],
      message:
        '“Scam revenue in Cambodia” for Cambodia ($12.5–19 billion a year), stated in “Report ' +
        'A” lies within “Scam revenue in Cambodia” for Cambodia ($10–25 billion a year), stated ' +
        'in “Report B”: the narrower may refine the wider, or rest on it.',
    },
  ],
  'part-exceeds-whole/triggers.json': [
    {
      code: 'part-exceeds-whole',
      severity: 'error',
      refs: ['kh-revenue', 'sea-revenue'],
      message:
        '“Scam revenue in Cambodia” for Cambodia ($80–90 billion a year), stated in “Country ' +
        'study” is certainly greater than “Scam revenue in Southeast Asia” for Southeast Asia ' +
        '($50–75 billion a year), stated in “Regional study”, though Cambodia lies within ' +
        'Southeast Asia: a part cannot exceed its whole. One figure is wrong, or they do not ' +
        'measure the same thing.',
    },
  ],
  'period-mismatch/triggers.json': [
    {
      code: 'period-mismatch',
      severity: 'warning',
      refs: ['revenue', 'share'],
      message:
        'A derived figure mixes periods: GDP of Cambodia, implied by “Scam revenue in Cambodia” ' +
        'being up to 60% of it. It combines “Scam revenue in Cambodia” for Cambodia, 2021 ' +
        '($12.5–19 billion a year), stated in “Report A”, with the base of “Scam revenue as a ' +
        'share of GDP” (GDP of Cambodia) for Cambodia, 2024. It is computed all the same; ' +
        'growth or decline between the periods is not accounted for.',
    },
  ],
  'scope-mismatch/triggers.json': [
    {
      code: 'scope-mismatch',
      severity: 'warning',
      refs: ['regional-revenue', 'labour-force'],
      message:
        'A derived figure mixes places: “Revenue of regional scam syndicates” per person of ' +
        '“Scam labour force in Cambodia, Myanmar and Laos”. It combines “Revenue of regional ' +
        'scam syndicates” for Southeast Asia ($50–75 billion a year), stated in “Report A”, ' +
        'with “Scam labour force in Cambodia, Myanmar and Laos” for Cambodia, Myanmar and Laos ' +
        '(more than 350,000 people), stated in “Report A”. It is computed all the same; since ' +
        "the wider place's amount includes the narrower one's, it bounds the amount per head in " +
        'Cambodia, Myanmar and Laos from above.',
    },
  ],
  'share-above-100/triggers.json': [
    {
      code: 'share-above-100',
      severity: 'error',
      refs: ['share-high'],
      message:
        '“Scam revenue as a share of GDP” for Cambodia (120–150%), stated in “Report A” is ' +
        'above 100% throughout: a part of GDP of Cambodia cannot exceed all of it. If the ' +
        'figure is a ratio that may exceed its base rather than a part of it, say so in its ' +
        'metric.',
    },
    {
      code: 'share-above-100',
      severity: 'warning',
      refs: ['share-reaching'],
      message:
        '“Informal economy as a share of GDP” for Cambodia (80–110%), stated in “Report A” ' +
        'reaches above 100%: its upper part cannot be a part of GDP of Cambodia. If the figure ' +
        'is a ratio that may exceed its base rather than a part of it, say so in its metric.',
    },
  ],
  'share-impossible/triggers.json': [
    {
      code: 'share-impossible',
      severity: 'error',
      refs: ['share-not-positive', 'revenue'],
      message:
        '“Scam revenue as a share of GDP, as misprinted” for Cambodia (up to 0%), stated in ' +
        '“Report A” has no value above 0, but it is a share of a positive base by “Scam revenue ' +
        'in Cambodia” for Cambodia ($12.5–19 billion a year), stated in “Report A”, which is ' +
        'positive: the share must be positive.',
    },
    {
      code: 'share-impossible',
      severity: 'error',
      refs: ['share', 'revenue', 'gdp'],
      message:
        '“Scam revenue as a share of GDP” for Cambodia (at least 60%), stated in “Report A” ' +
        'cannot follow from its numerator and base: “Scam revenue in Cambodia” for Cambodia ' +
        '($12.5–19 billion a year), stated in “Report A” divided by “GDP of Cambodia” for ' +
        'Cambodia ($40–45 billion a year), source not stated gives 27.7–47.5%, which does not ' +
        'overlap it. The share, the numerator or the base is wrong, or they cover different ' +
        'things.',
    },
  ],
  'unit-incompatible/triggers.json': [
    {
      code: 'unit-incompatible',
      severity: 'error',
      refs: ['revenue', 'revenue-miskeyed'],
      message:
        '“Scam revenue in Cambodia” for Cambodia ($12.5–19 billion a year), stated in “Report ' +
        'A” and “Scam workers in Cambodia” for Cambodia (100,000–150,000 people), stated in ' +
        '“Report B” share the metric key “scam-revenue”, but are in units that measure ' +
        'different things (USD/year and people): they cannot be compared or combined. Correct a ' +
        'unit, or, if they measure different things, give them different keys or links.',
    },
  ],
  'real-cases/counter-measures-else.json': [
    {
      code: 'counter-estimate-mismatch',
      severity: 'warning',
      refs: ['head-of-state-response', 'counted-deaths', 'excess-deaths'],
      message:
        'The response of A head of state (denies) gives “Deaths counted to October” for Puerto ' +
        'Rico, 2017-09 to 2017-10 (6–18 deaths), given by A head of state, set against “Excess ' +
        'deaths in the six months after the hurricane” for Puerto Rico, 2017-09 to 2018-02 ' +
        '(2,658–3,290 deaths (central 2,975)), stated in “Excess mortality study” (another ' +
        'period): it measures something else, so it neither confirms nor refutes it. Compare ' +
        'like with like, or say why they differ.',
    },
  ],
  'real-cases/money-per-death.json': [
    {
      code: 'estimates-disagree',
      severity: 'warning',
      refs: ['toll-official', 'toll-study'],
      message:
        '“Hurricane deaths, excess mortality study” for Puerto Rico (2,658–3,290 deaths ' +
        '(central 2,975) (95% interval)), source not stated is greater, at the 95% level its ' +
        'interval states, than “Hurricane deaths, official count” for Puerto Rico (64 deaths), ' +
        'source not stated, by at least 2,590 deaths, each read at the precision it was given: ' +
        'estimates of one metric and place that do not overlap. The disagreement is often the ' +
        'story: say which is right, or why they differ.',
    },
  ],
  'real-cases/parts-exceed-m49-region.json': [
    {
      code: 'parts-exceed-whole',
      severity: 'error',
      refs: ['cambodia-trapped', 'myanmar-trapped', 'region-trapped'],
      message:
        '“People trapped in scam centres in Cambodia” for Cambodia (more than 100,000 people), ' +
        'source not stated and “People trapped in scam centres in Myanmar” for Myanmar (at ' +
        'least 120,000 people), source not stated together are certainly greater than “People ' +
        'trapped in scam centres in South-eastern Asia” for South-eastern Asia (up to 200,000 ' +
        'people), source not stated: places inside South-eastern Asia cannot add up to more ' +
        'than it. One of the figures is wrong, or they do not measure the same thing.',
    },
  ],
  'real-cases/parts-exceed-whole.json': [
    {
      code: 'parts-exceed-whole',
      severity: 'error',
      refs: ['cambodia-trapped', 'myanmar-trapped', 'region-trapped'],
      message:
        '“People trapped in scam centres in Cambodia” for Cambodia (more than 100,000 people), ' +
        'source not stated and “People trapped in scam centres in Myanmar” for Myanmar (at ' +
        'least 120,000 people), source not stated together are certainly greater than “People ' +
        'trapped in scam centres in Southeast Asia” for Southeast Asia (up to 200,000 people), ' +
        'source not stated: places inside Southeast Asia cannot add up to more than it. One of ' +
        'the figures is wrong, or they do not measure the same thing.',
    },
  ],
  'real-cases/revision.json': [
    {
      code: 'estimates-revised',
      severity: 'info',
      refs: ['index-2016', 'index-2018'],
      message:
        '“People in modern slavery” for India was revised: 18 million people (2016) → 8 million ' +
        "people (2018). A revision is the figure's history, not a disagreement; the latest is " +
        'current.',
    },
    {
      code: 'estimates-revised',
      severity: 'info',
      refs: ['forced-2016', 'forced-2018'],
      message:
        '“People in forced labour” for India was revised: 10–12 million people (2016) → 5–6 ' +
        "million people (2018). A revision is the figure's history, not a disagreement; the " +
        'latest is current.',
    },
  ],
  'real-cases/subset-above-whole.json': [
    {
      code: 'part-metric-exceeds-whole',
      severity: 'error',
      refs: ['bonded', 'all-slavery'],
      message:
        '“People in bonded labour” for India (more than 20 million people), source not stated ' +
        'is certainly greater than “People in modern slavery” for India (8 million people), ' +
        'source not stated, though “bonded-labour” is declared part of “modern-slavery”: a ' +
        'subset cannot exceed its whole. One figure is wrong, or the metrics are not nested as ' +
        'declared.',
    },
  ],
  'real-cases/successive-tolls.json': [
    {
      code: 'estimates-disagree',
      severity: 'warning',
      refs: ['toll-64', 'toll-1052', 'toll-1139', 'toll-1427', 'toll-2975'],
      message:
        '“Hurricane deaths” for Puerto Rico (2,975 deaths), source not stated is certainly ' +
        'greater than “Hurricane deaths” for Puerto Rico (64 deaths), source not stated, by at ' +
        'least 2,910 deaths, each read at the precision it was given: estimates of one metric ' +
        "and place that do not overlap; 3 other estimates of them also fall outside another's " +
        'range. The disagreement is often the story: say which is right, or why they differ.',
    },
  ],
  'real-cases/wider-over-narrower.json': [
    {
      code: 'scope-mismatch',
      severity: 'warning',
      refs: ['region-revenue', 'cambodia-workers'],
      message:
        'A derived figure mixes places: “Scam revenue in Southeast Asia” per person of “People ' +
        'working in scam centres in Cambodia”. It combines “Scam revenue in Southeast Asia” for ' +
        'Southeast Asia ($1–10 billion a year), source not stated, with “People working in scam ' +
        'centres in Cambodia” for Cambodia (about 100,000 people), source not stated. It is ' +
        "computed all the same; since the wider place's amount includes the narrower one's, it " +
        'bounds the amount per head in Cambodia from above.',
    },
  ],
};

describe('finding messages', () => {
  for (const [fixture, expected] of Object.entries(EXPECTED)) {
    it(`says in full what ${fixture} gets wrong, naming each estimate in words`, () => {
      const found = checkDossier(loadFixture(fixture)).map((f) => ({
        code: f.code,
        severity: f.severity,
        refs: f.refs,
        message: f.message,
      }));
      expect(found).toEqual(expected);
    });
  }
});
