// A fingerprint of a list of lexicons, to find their build-time trie (precompiled.ts). Any
// edit to an id or a term changes it. Hashing ~300,000 characters at every start cost more
// than the rest of loading the trie, so term lists served from the build-time table bring
// their hash along (computed by `termsHash` when the table was made; a test re-checks them).

/** 53 bits over every character of the terms, in order, with a separator after each. */
export function termsHash(terms: readonly string[]): number {
  let a = 0x811c9dc5;
  let b = 0x12345678;
  for (let t = 0; t < terms.length; t++) {
    const text = terms[t] ?? '';
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      a = Math.imul(a ^ c, 0x01000193);
      b = Math.imul(b ^ c, 0x5bd1e995) ^ (b >>> 15);
    }
    a = Math.imul(a ^ 0x10000, 0x01000193);
    b = Math.imul(b ^ 0x10000, 0x5bd1e995);
  }
  return (a >>> 0) * 0x200000 + (b & 0x1fffff);
}

/** The fingerprint of these lexicons; `known` may supply a term list's `termsHash`. */
export function fingerprint(
  lexicons: readonly { id: string; terms: readonly string[] }[],
  known: (terms: readonly string[]) => number | undefined = () => undefined,
): string {
  let a = 0x811c9dc5;
  let b = 0x12345678;
  const mix = (value: number): void => {
    a = Math.imul(a ^ value, 0x01000193);
    b = Math.imul(b ^ value, 0x5bd1e995) ^ (b >>> 15);
  };
  for (const lex of lexicons) {
    for (let i = 0; i < lex.id.length; i++) mix(lex.id.charCodeAt(i));
    const h = known(lex.terms) ?? termsHash(lex.terms);
    // Both halves of the 53 bits, each as a 32-bit value.
    mix((h % 0x100000000) | 0);
    mix(Math.floor(h / 0x100000000));
  }
  return (a >>> 0).toString(16).padStart(8, '0') + (b >>> 0).toString(16).padStart(8, '0');
}
