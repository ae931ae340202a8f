const ENTITIES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/**
 * Escapes text for an XML text node or attribute value. Characters XML 1.0 forbids
 * (control characters other than tab and newlines, lone surrogates, U+FFFE/U+FFFF) become
 * U+FFFD, so untrusted labels can never make the document malformed.
 */
export function escapeXml(text: string): string {
  return text
    .replace(/[&<>"']/g, (char) => ENTITIES[char] ?? char)
    .replace(
      // biome-ignore lint/suspicious/noControlCharactersInRegex: these are the characters to remove
      /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g,
      '\uFFFD',
    );
}
