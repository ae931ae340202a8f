/**
 * Reads a paragraph of news text, finds its estimates with `extractRanges`, and prints a table
 * of them and of the ratios between the ones that can be compared (see `compare.ts`).
 *
 *   npx tsx main.ts paragraph.txt
 */
import { readFileSync } from 'node:fs';
import { extractRanges, formatRange } from '@reckon/range';
import { compare } from './compare';

const file = process.argv[2];
if (file === undefined) {
  console.error('usage: tsx main.ts <text-file>');
  process.exit(2);
}

const text = readFileSync(file, 'utf8');
const found = extractRanges(text);

/** Rows of cells as columns padded to their widest cell. */
function table(rows: readonly (readonly string[])[]): string {
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((row) => row[c]!.length)));
  return rows
    .map((row) =>
      row
        .map((cell, c) => cell.padEnd(widths[c]!))
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}

console.log(`${found.length} estimates in ${file}\n`);
console.log(
  table([
    ['#', 'phrase', 'reads as', 'unit', 'qualifier'],
    ...found.map((f, i) => [
      String(i + 1),
      f.context?.base ? `${f.text} (of ${f.context.base})` : f.text,
      formatRange(f.range),
      f.range.unit.text,
      f.range.qualifier,
    ]),
  ]),
);

const comparisons = compare(found);
const ratios = comparisons.filter((c) => c.kind === 'ratio');
const skipped = comparisons.filter((c) => c.kind === 'skipped');

console.log('\nRatios between them\n');
console.log(
  table([
    ['ratio', 'what', 'value'],
    ...ratios.map((r) => [
      `#${r.of} ÷ #${r.to}`,
      r.what,
      formatRange(r.range, { percent: r.what === 'share' }),
    ]),
  ]),
);
for (const s of skipped) console.log(`\nNot compared: #${s.of} and #${s.to}: ${s.why}.`);
console.log(
  '\nThe text alone does not say whether two figures cover the same place and period:',
  'check that before using a ratio.',
);
