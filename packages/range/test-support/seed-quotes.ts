import { readFileSync } from 'node:fs';

/** Every quote the seed dossier takes from the seed article, in the dossier's order. */
function seedQuotes(): string[] {
  const dossier = readFileSync(
    new URL('../../../examples/cambodia-scam-economy/dossier.json', import.meta.url),
    'utf8',
  );
  const quotes: string[] = [];
  JSON.parse(dossier, (key, value) => {
    if (key === 'quote' && typeof value?.text === 'string') quotes.push(value.text);
    if (key === 'quotes' && Array.isArray(value))
      for (const q of value) if (typeof q?.text === 'string') quotes.push(q.text);
    return value;
  });
  return quotes;
}

/**
 * The seed article's text as the seed dossier quotes it, one quote a line: each quote once,
 * leaving out a quote that a longer one already holds, so each figure of the article appears
 * once, in its order. The full article is kept beside the repository, not in it; tests and
 * benchmarks in the repository read this instead.
 *
 * @returns the quotes, joined by newlines
 */
export function seedArticleAsQuoted(): string {
  const quoted = seedQuotes();
  return quoted
    .filter((q) => !quoted.some((other) => other !== q && other.includes(q)))
    .filter((q, i, all) => all.indexOf(q) === i)
    .join('\n');
}
