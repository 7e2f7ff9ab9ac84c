import { describe, expect, it } from 'vitest';
import { allLexicons } from '../engine/index.js';
import { expandTemplates } from './client.js';
import { expandPatterns } from './crisis.js';
import { fingerprint, termsHash } from './fingerprint.js';
import { packTrie, unpackTrie } from './pack.js';
import { expansionMisses, precompiledTrie } from './precompiled.js';
import { EXPANSIONS, TRIES } from './precompiled-data.js';
import { compileTrie, type CompiledTrie } from './trie.js';
import type { Lexicon } from './types.js';

const STALE = 'src/lexicons/precompiled-data.ts is out of date: run `npm run lexicons`';
const expanders: Record<string, (templates: readonly string[]) => string[]> = {
  client: expandTemplates,
  crisis: expandPatterns,
};

const withTerms = (lex: Lexicon, terms: string[]): Lexicon => ({ ...lex, terms });
const [first, second, ...rest] = allLexicons as [Lexicon, Lexicon, ...Lexicon[]];

describe('the build-time lexicon tables', () => {
  it('served every expansion made while the lexicons loaded', () => {
    expect(expansionMisses(), STALE).toBe(0);
  });

  it.each(EXPANSIONS.map(([key, terms, hash]) => [key.slice(0, 50), key, terms, hash] as const))(
    'hold the expansion of %j as its source expands it, and its hash',
    (_shown, key, terms, hash) => {
      const [expander = '', templates = ''] = key.split('\u0001');
      const expand = expanders[expander];
      expect(expand, `unknown expander ${expander}`).toBeDefined();
      const expanded = expand?.(templates.split('\u0002')) ?? [];
      expect(expanded.join('\n'), STALE).toBe(terms);
      expect(termsHash(expanded), STALE).toBe(hash);
    },
  );

  it("hold the engine's trie as it is built from the terms", () => {
    const stored = TRIES.find((t) => t.fingerprint === fingerprint(allLexicons));
    expect(stored, STALE).toBeDefined();
    expect(packTrie(compileTrie(allLexicons), allLexicons)).toEqual(stored);
  });

  it('unpack to the trie and edge layout built from the terms', () => {
    const plain = ({ trie, edges }: CompiledTrie) => ({
      trie,
      edges: { parent: edges.parent, hash: edges.hash, child: edges.child, shift: edges.shift },
    });
    const stored = precompiledTrie(allLexicons);
    expect(stored).toBeDefined();
    if (stored !== undefined) expect(plain(stored)).toEqual(plain(compileTrie(allLexicons)));
  });

  // An edited lexicon must miss the stored trie and be built from its terms instead.
  it.each([
    ['a term changed', [withTerms(first, ['x', ...first.terms.slice(1)]), second, ...rest]],
    ['a term added', [withTerms(first, [...first.terms, 'quite new']), second, ...rest]],
    ['a lexicon dropped', [first, ...rest]],
    ['two lexicons swapped', [second, first, ...rest]],
    ['an id renamed', [{ ...first, id: `${first.id}.renamed` }, second, ...rest]],
  ])('miss the stored trie when %s', (_name, lexicons) => {
    expect(precompiledTrie(lexicons)).toBeUndefined();
  });

  it.each([
    ['a word that no longer hashes to one token', (w: string) => w.replace(/^\S+/, 'two words')],
    ['a word missing', (w: string) => w.replace(/\s\S+$/, '')],
    ['two words swapped', (w: string) => w.replace(/^(\S+) (\S+)/, '$2 $1')],
  ])('refuse a stored trie with %s', (_name, edit) => {
    const [stored] = TRIES;
    expect(stored).toBeDefined();
    if (stored === undefined) return;
    expect(unpackTrie(stored)).toBeDefined();
    expect(unpackTrie({ ...stored, words: edit(stored.words) })).toBeUndefined();
  });
});
