/**
 * Colours come from `currentColor`, so the chart takes the text colour of the page it sits
 * in; standing alone (a `.svg` file, an `<img>`) it picks light or dark from the reader's
 * preference. Derived figures are dashed as well as tinted, so colour is never the only cue.
 */
export const chartStyle = [
  '.reckon-chart{color:#1f2933;font:13px system-ui,-apple-system,"Segoe UI",sans-serif}',
  '@media (prefers-color-scheme:dark){.reckon-chart{color:#e4e7eb}}',
  '.reckon-chart text{fill:currentColor}',
  '.reckon-chart .title{font-size:16px;font-weight:600}',
  '.reckon-chart .caption{font-weight:600;opacity:.8}',
  '.reckon-chart .detail,.reckon-chart .tick{font-size:11px;opacity:.75}',
  '.reckon-chart .tick{text-anchor:middle}',
  '.reckon-chart .axis line{stroke:currentColor;opacity:.5}',
  '.reckon-chart .bar{stroke:#2f6fde;stroke-width:6;stroke-linecap:butt}',
  '.reckon-chart .derived .bar{stroke:#c2410c;stroke-dasharray:6 4}',
  '.reckon-chart .bound{fill:#2f6fde;stroke:#2f6fde;stroke-width:2}',
  '.reckon-chart .derived .bound{fill:#c2410c;stroke:#c2410c}',
  '.reckon-chart .bound.exclusive{fill:#fff}',
  '@media (prefers-color-scheme:dark){.reckon-chart .bound.exclusive{fill:#111}}',
  '.reckon-chart .central{fill:currentColor}',
].join('');
