/**
 * The link targets of a Markdown document: inline links and images (`[text](target)`) and
 * reference definitions (`[label]: target`), outside fenced code blocks and inline code,
 * where text only looks like a link.
 */
export function markdownLinks(markdown: string): string[] {
  const prose = markdown
    .replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1[^\n]*$/gm, '')
    .replace(/`[^`\n]*`/g, '');
  const inline = [...prose.matchAll(/\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g)];
  const references = [...prose.matchAll(/^\s{0,3}\[[^\]]+\]:\s*<?(\S+?)>?(?:\s|$)/gm)];
  return [...inline, ...references].map((match) => match[1]!);
}

/**
 * Whether a README link works for a reader of the published package, on npm or in
 * `node_modules`: a full `https:` URL, an anchor in the same page, or a file the tarball holds.
 */
export function linkShips(target: string, files: ReadonlySet<string>): boolean {
  if (/^https:\/\//.test(target) || /^mailto:/.test(target) || target.startsWith('#')) return true;
  const path = target.replace(/^\.\//, '').replace(/[#?].*$/, '');
  return files.has(path);
}
