/**
 * Upper bounds on string lengths. They exist so a hostile or broken document (a 50 MB title)
 * is rejected cheaply by zod and by JSON Schema alike, before anything tries to read it; they
 * are far above what any real name, title or quote needs.
 */
export const limits = {
  /** ids and keys: `jacob-sims`, `scam-revenue` */
  id: 128,
  /** a person's or body's name, a role title, a region name */
  name: 300,
  /** a short phrase: a metric, a basis, a confidence wording */
  phrase: 1_000,
  /** a document title */
  title: 2_000,
  /** a quote, a claim, a summary */
  text: 50_000,
  /** a URL */
  url: 4_096,
  /** a unit expression such as `USD/person/year` */
  unit: 200,
  /** items in any one list */
  items: 100_000,
} as const;
