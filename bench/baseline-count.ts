// The baseline's counting loop, in a module of its own so that the baseline process
// (baseline-cli.ts) loads nothing of the engine.
import type { Transcript } from '../src/transcript/index.js';

/** Count lexicon hits in every utterance with a regex tokeniser; returns hits (kept live). */
export function baselineCount(corpus: readonly Transcript[], words: ReadonlySet<string>): number {
  const re = /[a-z']+/g;
  let hits = 0;
  for (const t of corpus) {
    for (const u of t.utterances) {
      const text = u.text.toLowerCase();
      re.lastIndex = 0;
      for (let m = re.exec(text); m !== null; m = re.exec(text)) if (words.has(m[0])) hits++;
    }
  }
  return hits;
}
