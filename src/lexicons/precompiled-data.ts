// Empty on purpose. The build writes the real tables over this module's compiled copy,
// dist/src/lexicons/precompiled-data.js (scripts/gen-lexicons.ts, run by
// scripts/bundle-cli.ts), from the lexicon sources of that same build, so they can never be
// stale. Run from the sources (tests, tsx), the tables are empty and every lexicon is
// expanded and built from its source, as before.
import type { PackedTrie } from './pack.js';

/** Stored expansions: [expander and templates, terms joined by newlines, their termsHash]. */
export const EXPANSIONS: readonly (readonly [string, string, number])[] = [];

/** Stored tries, by fingerprint of the lexicons they hold: the engine's. */
export const TRIES: readonly PackedTrie[] = [];
