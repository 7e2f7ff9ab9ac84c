// Standard input is either one transcript (read whole, up to the size limit) or a JSONL
// stream (one transcript per line, streamed). Without --input-format we peek at the first
// two lines: a first line that is a whole transcript object (with `utterances`) followed by
// another object means a stream of transcripts. One utterance per line is a single
// transcript in the JSON format's own JSON Lines form and is read as a document.
import { InputError } from './errors.js';
import type { InStream } from './io.js';

/** What standard input turned out to hold. */
export type StdinInput =
  { kind: 'document'; bytes: Uint8Array } | { kind: 'jsonl'; chunks: AsyncIterable<Uint8Array> };

/** Decide what stdin holds and read it accordingly (a document is read whole). */
export async function openStdin(
  stream: InStream,
  inputFormat: string | undefined,
  maxBytes: number,
  name: string,
): Promise<StdinInput> {
  const iterator = (stream as AsyncIterable<Uint8Array | string>)[Symbol.asyncIterator]();
  const next = async (): Promise<Uint8Array | undefined> => {
    const r = await iterator.next();
    if (r.done === true) return undefined;
    return typeof r.value === 'string' ? Buffer.from(r.value) : r.value;
  };
  const head: Uint8Array[] = [];
  let size = 0;
  let newlines = 0;
  let ended = false;
  const peekDone = (): boolean => inputFormat !== undefined || newlines >= 2 || size > maxBytes;
  while (!peekDone()) {
    const chunk = await next();
    if (chunk === undefined) {
      ended = true;
      break;
    }
    head.push(chunk);
    size += chunk.length;
    for (const b of chunk) if (b === 10) newlines++;
  }
  const jsonl = inputFormat === 'jsonl' || (inputFormat === undefined && looksLikeJsonl(head));
  if (jsonl) {
    return {
      kind: 'jsonl',
      chunks: (async function* () {
        yield* head;
        for (let c = await next(); c !== undefined; c = await next()) yield c;
      })(),
    };
  }
  if (!ended) {
    for (let c = await next(); c !== undefined; c = await next()) {
      size += c.length;
      // Stop reading at the limit: we cannot stat a pipe, so count as it comes.
      if (size > maxBytes) break;
      head.push(c);
    }
  }
  if (size > maxBytes) {
    throw new InputError('too_large', 'input is larger than the limit for one transcript', name);
  }
  return { kind: 'document', bytes: Buffer.concat(head) };
}

/** Two non-blank lines, the first a whole transcript object and the second starting one. */
function looksLikeJsonl(head: readonly Uint8Array[]): boolean {
  const text = Buffer.concat(head).toString('utf8');
  const lines = text.split('\n').filter((l) => l.trim().length > 0);
  const [first, second] = lines;
  if (first === undefined || second === undefined) return false;
  if (!first.trimStart().startsWith('{') || !second.trimStart().startsWith('{')) return false;
  try {
    const parsed: unknown = JSON.parse(first);
    return typeof parsed === 'object' && parsed !== null && 'utterances' in parsed;
  } catch {
    return false;
  }
}
