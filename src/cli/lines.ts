// Splits a byte stream into lines without ever holding more than one line (capped) in
// memory, so a 1 GB JSONL stream costs what its longest line costs.

/** One line of a stream, as bytes; `tooLong` lines were dropped at the cap. */
export interface Line {
  bytes: Uint8Array;
  /** 1-based line number in the stream. */
  line: number;
  tooLong: boolean;
}

const NEWLINE = 10;
const CR = 13;

/** Yield non-blank lines; a line longer than `maxBytes` is yielded empty with `tooLong`. */
export async function* splitLines(
  chunks: AsyncIterable<Uint8Array>,
  maxBytes: number,
): AsyncGenerator<Line> {
  let parts: Uint8Array[] = [];
  let pending = 0;
  let tooLong = false;
  let lineNo = 0;
  const finish = (last: Uint8Array): Line | undefined => {
    lineNo++;
    const size = pending + last.length;
    const overflow = tooLong || size > maxBytes;
    const result = overflow ? emptyLine(lineNo) : joinLine(parts, last, size, lineNo);
    parts = [];
    pending = 0;
    tooLong = false;
    return result !== undefined && (result.tooLong || result.bytes.length > 0) ? result : undefined;
  };
  for await (const chunk of chunks) {
    let from = 0;
    for (let nl = chunk.indexOf(NEWLINE); nl !== -1; nl = chunk.indexOf(NEWLINE, from)) {
      const line = finish(chunk.subarray(from, nl));
      if (line !== undefined) yield line;
      from = nl + 1;
    }
    if (from < chunk.length && !tooLong) {
      const rest = chunk.subarray(from);
      pending += rest.length;
      if (pending > maxBytes) {
        // Drop what we have: the line is reported as too long when it ends.
        tooLong = true;
        parts = [];
      } else {
        parts.push(rest);
      }
    }
  }
  if (pending > 0 || tooLong) {
    const line = finish(new Uint8Array(0));
    if (line !== undefined) yield line;
  }
}

function emptyLine(line: number): Line {
  return { bytes: new Uint8Array(0), line, tooLong: true };
}

/** Copy into an exactly sized buffer, so it can be transferred to a worker on its own. */
function joinLine(
  parts: readonly Uint8Array[],
  last: Uint8Array,
  size: number,
  line: number,
): Line | undefined {
  let end = size;
  if (end > 0 && (last.length > 0 ? last[last.length - 1] : lastByte(parts)) === CR) end--;
  if (isBlank(parts, last)) return undefined;
  const bytes = new Uint8Array(end);
  let at = 0;
  for (const part of parts) {
    bytes.set(part.subarray(0, Math.max(0, Math.min(part.length, end - at))), at);
    at += part.length;
  }
  if (at < end) bytes.set(last.subarray(0, end - at), at);
  return { bytes, line, tooLong: false };
}

function lastByte(parts: readonly Uint8Array[]): number | undefined {
  const part = parts[parts.length - 1];
  return part === undefined ? undefined : part[part.length - 1];
}

/** Whitespace-only lines separate nothing in JSONL; skip them but keep counting. */
function isBlank(parts: readonly Uint8Array[], last: Uint8Array): boolean {
  for (const part of [...parts, last]) {
    for (const b of part) if (b !== 32 && b !== 9 && b !== CR) return false;
  }
  return true;
}
