// The bench corpus: utterances from transcripts we wrote (fixtures and the demo), dealt
// into sessions by a seeded PRNG so every run measures the same text.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { seededRandom } from '../src/models/hashing.js';
import { parseTranscripts, type Transcript, type Utterance } from '../src/transcript/index.js';

/** Utterances of every transcript we wrote under the given folders. */
export function sourceUtterances(root: string): Utterance[] {
  const out: Utterance[] = [];
  for (const dir of ['examples', 'fixtures/transcripts']) {
    let names: string[];
    try {
      names = readdirSync(join(root, dir));
    } catch {
      continue;
    }
    for (const name of names.sort()) {
      if (!/\.(txt|vtt|srt|json|csv)$/.test(name)) continue;
      const text = readFileSync(join(root, dir, name), 'utf8');
      // Fixtures that need column flags (session.csv) are skipped: the rest is plenty.
      try {
        for (const t of parseTranscripts(text, { source: name })) out.push(...t.utterances);
      } catch {
        continue;
      }
    }
  }
  return out.filter((u) => u.role !== 'other' && u.text.trim() !== '');
}

/** Utterances from a user's corpus file: one utterance a line, roles alternating. */
export function corpusFileUtterances(path: string): Utterance[] {
  const lines = readFileSync(path, 'utf8').split('\n');
  return lines
    .filter((line) => line.trim() !== '')
    .map((text, index) => ({
      index,
      role: index % 2 === 0 ? 'therapist' : 'client',
      speaker: index % 2 === 0 ? 'T' : 'C',
      text,
    }));
}

/** Deal utterances into sessions of `turns` turns until `bytes` of text, same output per seed. */
export function buildCorpus(
  source: readonly Utterance[],
  bytes: number,
  seed = 7,
  turns = 120,
): Transcript[] {
  const therapist = source.filter((u) => u.role === 'therapist');
  const client = source.filter((u) => u.role === 'client');
  if (therapist.length === 0 || client.length === 0) {
    throw new Error('bench corpus needs therapist and client utterances');
  }
  const random = seededRandom(seed);
  const sessions: Transcript[] = [];
  let total = 0;
  while (total < bytes) {
    const utterances: Utterance[] = [];
    for (let i = 0; i < turns && total < bytes; i++) {
      const pool = i % 2 === 0 ? therapist : client;
      const pick = pool[Math.floor(random() * pool.length)] as Utterance;
      utterances.push({ index: i, role: pick.role, speaker: pick.speaker, text: pick.text });
      total += pick.text.length + 1;
    }
    sessions.push({ source: `bench-${sessions.length}`, utterances });
  }
  return sessions;
}

/** Total UTF-16 length of the utterance text (the unit the MB/s figures use, ~bytes for English). */
export function corpusBytes(corpus: readonly Transcript[]): number {
  let n = 0;
  for (const t of corpus) for (const u of t.utterances) n += u.text.length + 1;
  return n;
}
