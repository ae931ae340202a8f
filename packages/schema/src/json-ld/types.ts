/** A value in a JSON-LD node: text, a number, a nested node, or a list of them. */
export type JsonLdValue = string | number | boolean | JsonLdNode | readonly JsonLdValue[];

/** A schema.org node, e.g. `{ "@type": "Claim", "@id": "_:c1", "text": "…" }`. */
export interface JsonLdNode {
  readonly '@type'?: string;
  readonly '@id'?: string;
  readonly [property: string]: JsonLdValue | undefined;
}

/** A JSON-LD document: schema.org context and a flat graph of nodes linked by `@id`. */
export interface JsonLdDocument {
  readonly '@context': 'https://schema.org';
  readonly '@graph': readonly JsonLdNode[];
}
