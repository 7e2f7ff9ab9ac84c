// A rule's documentation fields alone, from anything that carries them (a lexicon, a rule):
// what the catalogue prints and what rule families list for code-level rules.
import type { RuleInfo } from './types.js';

/** The RuleInfo fields of `r`, without its terms or other extras. */
export function ruleInfoOf(r: RuleInfo): RuleInfo {
  const info: RuleInfo = {
    id: r.id,
    description: r.description,
    example: r.example,
    source: r.source,
  };
  if (r.counterExample !== undefined) info.counterExample = r.counterExample;
  return info;
}
