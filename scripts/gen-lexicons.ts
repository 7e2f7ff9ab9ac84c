// Expands every lexicon template and builds the engine's trie, and writes both over the
// compiled tables module in dist/ (src/lexicons/precompiled-data.ts stays empty), so that
// start-up only unpacks them. Run by scripts/bundle-cli.ts after tsc, before bundling, so
// the tables always come from the same sources as the code that reads them.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { bypassPrecompiled, recordedExpansions } from '../src/lexicons/precompiled.js';

/** What was written, for the build's log line. */
export interface LexiconTables {
  expansions: number;
  nodes: number;
  terms: number;
}

/** Write the tables into `distSrc` (the tsc output's src folder). */
export async function writeLexiconTables(distSrc: string): Promise<LexiconTables> {
  // Before any lexicon module loads: templates must expand from source, not from a table
  // left by an earlier build.
  bypassPrecompiled();
  const { allLexicons } = await import('../src/engine/index.js');
  const { compileTrie } = await import('../src/lexicons/trie.js');
  const { packTrie } = await import('../src/lexicons/pack.js');
  const expansions = recordedExpansions().sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  const trie = packTrie(compileTrie(allLexicons), allLexicons);
  const source = `// Written by scripts/gen-lexicons.ts at build time from the lexicon sources.
export const EXPANSIONS = ${JSON.stringify(expansions)};
export const TRIES = [${JSON.stringify(trie)}];
`;
  writeFileSync(join(distSrc, 'lexicons', 'precompiled-data.js'), source);
  const terms = allLexicons.reduce((n, l) => n + l.terms.length, 0);
  return { expansions: expansions.length, nodes: trie.nodes, terms };
}
