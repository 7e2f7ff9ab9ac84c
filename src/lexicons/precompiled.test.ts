// The build writes the lexicon tables into dist/ (scripts/gen-lexicons.ts); these tests
// check that output against the lexicon sources, and the packing it relies on.
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildIfStale } from '../cli/test-helpers/build.js';
import { allLexicons } from '../engine/index.js';
import { expandTemplates } from './client.js';
import { expandPatterns } from './crisis.js';
import { fingerprint, termsHash } from './fingerprint.js';
import { packTrie, unpackTrie, type PackedTrie } from './pack.js';
import { compileTrie, type CompiledTrie } from './trie.js';
import type { Lexicon } from './types.js';

const dist = join(fileURLToPath(new URL('../../', import.meta.url)), 'dist', 'src');
const distModule = async <T>(path: string): Promise<T> =>
  (await import(pathToFileURL(join(dist, path)).href)) as T;

interface Tables {
  EXPANSIONS: readonly (readonly [string, string, number])[];
  TRIES: readonly PackedTrie[];
}

const expanders: Record<string, (templates: readonly string[]) => string[]> = {
  client: expandTemplates,
  crisis: expandPatterns,
};
const plain = ({ trie, edges }: CompiledTrie) => ({
  trie,
  edges: { parent: edges.parent, hash: edges.hash, child: edges.child, shift: edges.shift },
});
const withTerms = (lex: Lexicon, terms: string[]): Lexicon => ({ ...lex, terms });
const [first, second, ...rest] = allLexicons as [Lexicon, Lexicon, ...Lexicon[]];
const packed = packTrie(compileTrie(allLexicons), allLexicons);

describe('the lexicon tables the build writes', () => {
  let tables: Tables;
  beforeAll(async () => {
    await buildIfStale();
    tables = await distModule<Tables>('lexicons/precompiled-data.js');
  }, 180_000);

  it('hold every expansion as its source expands it, with its hash', () => {
    expect(tables.EXPANSIONS.length).toBeGreaterThan(10);
    for (const [key, terms, hash] of tables.EXPANSIONS) {
      const [expander = '', templates = ''] = key.split('\u0001');
      const expanded = expanders[expander]?.(templates.split('\u0002'));
      expect(expanded?.join('\n'), key).toBe(terms);
      expect(termsHash(expanded ?? []), key).toBe(hash);
    }
  });

  it("hold the engine's trie as the sources build it", () => {
    expect(tables.TRIES).toContainEqual(packed);
  });

  it('serve the built engine: no template expanded, the trie found', async () => {
    const precompiled = await distModule<{
      expansionMisses: () => number;
      precompiledTrie: (lexicons: readonly Lexicon[]) => CompiledTrie | undefined;
    }>('lexicons/precompiled.js');
    const engine = await distModule<{ allLexicons: readonly Lexicon[] }>('engine/index.js');
    expect(precompiled.expansionMisses()).toBe(0);
    expect(precompiled.precompiledTrie(engine.allLexicons)).toBeDefined();
  });
});

describe('packing a trie', () => {
  it('unpacks to the trie and edge layout built from the terms', () => {
    const unpacked = unpackTrie(packed);
    expect(unpacked).toBeDefined();
    if (unpacked !== undefined) expect(plain(unpacked)).toEqual(plain(compileTrie(allLexicons)));
  });

  // An edited lexicon must get another fingerprint, so that a stored trie is not used for it.
  it.each([
    ['a term changed', [withTerms(first, ['x', ...first.terms.slice(1)]), second, ...rest]],
    ['a term added', [withTerms(first, [...first.terms, 'quite new']), second, ...rest]],
    ['a lexicon dropped', [first, ...rest]],
    ['two lexicons swapped', [second, first, ...rest]],
    ['an id renamed', [{ ...first, id: `${first.id}.renamed` }, second, ...rest]],
  ])('changes the fingerprint when %s', (_name, lexicons) => {
    expect(fingerprint(lexicons)).not.toBe(fingerprint(allLexicons));
  });

  it('takes a known hash of a term list in place of hashing it again', () => {
    const known = (terms: readonly string[]) =>
      terms === first.terms ? termsHash(terms) : undefined;
    expect(fingerprint(allLexicons, known)).toBe(fingerprint(allLexicons));
  });

  it.each([
    ['a word that no longer hashes to one token', (w: string) => w.replace(/^\S+/, 'two words')],
    ['a word missing', (w: string) => w.replace(/\s\S+$/, '')],
    ['two words swapped', (w: string) => w.replace(/^(\S+) (\S+)/, '$2 $1')],
  ])('refuses a stored trie with %s', (_name, edit) => {
    expect(unpackTrie({ ...packed, words: edit(packed.words) })).toBeUndefined();
  });

  it('refuses damaged data', () => {
    expect(unpackTrie({ ...packed, data: packed.data.slice(0, -8) })).toBeUndefined();
  });
});
