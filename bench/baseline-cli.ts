// The baseline as a process of its own: Node starts, reads every file of a folder and counts
// lexicon hits, as `alliance analyze` must start, read and analyse. Next to the in-process
// baseline it shows how much of a short batch is Node's start rather than the work.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { baselineCount } from './baseline-count.js';

const [dir, wordsFile] = process.argv.slice(2);
if (dir === undefined || wordsFile === undefined) {
  process.stderr.write('usage: baseline-cli DIR WORDS-FILE (one word a line)\n');
  process.exit(2);
}
// The word set comes from a file: deriving it from the lexicons would load the engine.
const words = new Set(readFileSync(wordsFile, 'utf8').split('\n'));
let hits = 0;
for (const name of readdirSync(dir)) {
  const text = readFileSync(join(dir, name), 'utf8');
  hits += baselineCount(
    [{ utterances: [{ index: 0, role: 'client', speaker: 'C', text }] }],
    words,
  );
}
process.stdout.write(`${hits}\n`);
