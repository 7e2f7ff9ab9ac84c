// Which parser to use: the file extension decides; without a known one (stdin, `.log`) the
// first few KB of content do.
import { findArrow } from './cues.js';
import { findLabelColon } from './labels.js';
import { LineCursor, trimRange } from './lines.js';
import type { TranscriptFormat } from './types.js';

const EXTENSIONS: Readonly<Record<string, TranscriptFormat>> = {
  txt: 'txt',
  text: 'txt',
  vtt: 'vtt',
  webvtt: 'vtt',
  srt: 'srt',
  json: 'json',
  jsonl: 'json',
  ndjson: 'json',
  csv: 'csv',
  tsv: 'csv',
};
const SNIFF_CHARS = 4096;
const SNIFF_LINES = 12;

/** Guess the format from the file name's extension, else from the content. */
export function detectFormat(source: string | undefined, text: string): TranscriptFormat {
  const dot = source === undefined ? -1 : source.lastIndexOf('.');
  if (source !== undefined && dot > source.lastIndexOf('/')) {
    const byExtension = EXTENSIONS[source.slice(dot + 1).toLowerCase()];
    if (byExtension !== undefined) return byExtension;
  }
  return sniffFormat(text);
}

/** Guess the format from the start of the content alone. */
export function sniffFormat(text: string): TranscriptFormat {
  const head = text.slice(0, SNIFF_CHARS);
  const [from, to] = trimRange(head, 0, head.length);
  if (from === to) return 'txt';
  if (head.startsWith('WEBVTT', from)) return 'vtt';
  const first = head.charCodeAt(from);
  if (first === 123) return 'json';
  // `[00:01:02] T: ...` is text with timestamps; `[{` or `[` then a newline is JSON.
  if (first === 91 && !isDigit(head.charCodeAt(from + 1))) return 'json';
  const cursor = new LineCursor(head.slice(from, to));
  let firstLine: [number, number] | undefined;
  for (let n = 0; n < SNIFF_LINES && cursor.next(); n++) {
    const arrow = findArrow(cursor.text, cursor.start, cursor.end);
    if (arrow >= 0) {
      // SRT writes milliseconds after a comma; WebVTT after a dot (its header is missing).
      return cursor.text.charCodeAt(arrow - 5) === 44 || cursor.text.charCodeAt(arrow - 4) === 44
        ? 'srt'
        : 'vtt';
    }
    firstLine ??= [cursor.start, cursor.end];
  }
  if (firstLine !== undefined && looksLikeCsvHeader(cursor.text, firstLine[0], firstLine[1]))
    return 'csv';
  return 'txt';
}

/** A header row: a delimiter, no `Label:` start, and short fields without sentence punctuation. */
function looksLikeCsvHeader(text: string, from: number, to: number): boolean {
  if (findLabelColon(text, from, to) >= 0) return false;
  let delimiters = 0;
  let field = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 44 || c === 9 || c === 59) {
      delimiters++;
      field = 0;
    } else if (c === 63 || c === 33 || ++field > 40) {
      return false;
    }
  }
  return delimiters > 0;
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}
