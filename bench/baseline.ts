// The performance issue's baseline: one regex tokeniser plus a lookup in a ~300-word set,
// the floor of any lexicon counter. The engine's speed is reported as a ratio to this,
// measured in the same run, so machine noise mostly cancels.
import { allLexicons } from '../src/engine/index.js';

const FILLER = (
  'the a an and or but so because if then than that this these those there here ' +
  'is are was were be been being have has had do does did can could will would shall ' +
  'should may might must not no yes to of in on at by for with about as into like ' +
  'through after over between out against during without before under around among ' +
  'feel feeling felt think thought know want need work home family friend friends time ' +
  'day week month year today tomorrow night morning sleep drink drinking stop start try ' +
  'help really just very much more less still again also only even ever never always'
).split(' ');

/** ~300 lowercase words: the engine's single-word lexicon terms topped up with common words. */
export function baselineWords(): Set<string> {
  const words = new Set<string>();
  for (const lex of allLexicons) {
    for (const term of lex.terms) if (!term.includes(' ')) words.add(term.toLowerCase());
  }
  for (const w of FILLER) if (words.size < 300) words.add(w);
  return words;
}

export { baselineCount } from './baseline-count.js';
