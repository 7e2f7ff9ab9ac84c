// Bytes -> text, with the checks a file from the wild needs before any parser sees it:
// size, emptiness, binary content, BOMs (UTF-8, UTF-16 LE/BE as Teams may export) and
// invalid UTF-8 (reported with the line of the first bad byte).
import { TranscriptParseError } from './errors.js';
import { isSpace } from './lines.js';

/** Largest transcript we read (50 MB): a long session is well under 1 MB of text. */
export const MAX_TRANSCRIPT_BYTES = 50 * 1024 * 1024;
const SNIFF_BYTES = 8192;
// Share of control characters in the first 8 KB above which text is taken as binary.
const MAX_CONTROL_SHARE = 0.05;

/** Fail fast on a file too big to read; call with the size from stat before reading it. */
export function checkSize(bytes: number, source?: string): void {
  if (bytes > MAX_TRANSCRIPT_BYTES) {
    throw new TranscriptParseError(
      'too_large',
      `file is ${megabytes(bytes)}; the limit is ${megabytes(MAX_TRANSCRIPT_BYTES)}`,
      undefined,
      source,
    );
  }
}

/** Decode a transcript file's bytes into text without a BOM, or throw a typed error. */
export function decodeTranscript(bytes: Uint8Array, source?: string): string {
  try {
    checkSize(bytes.length, source);
    const text = decodeBytes(bytes);
    if (!hasNonSpace(text)) throw new TranscriptParseError('empty', 'file is empty', 1);
    return text;
  } catch (error) {
    if (error instanceof TranscriptParseError) error.source ??= source;
    throw error;
  }
}

function decodeBytes(bytes: Uint8Array): string {
  if (bytes.length === 0) throw new TranscriptParseError('empty', 'file is empty', 1);
  const b0 = bytes[0];
  const b1 = bytes[1];
  if (b0 === 0xff && b1 === 0xfe) return decodeUtf16(bytes.subarray(2), 'utf-16le');
  if (b0 === 0xfe && b1 === 0xff) return decodeUtf16(bytes.subarray(2), 'utf-16be');
  const body = b0 === 0xef && b1 === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
  const utf16 = sniffBomlessUtf16(body);
  if (utf16 !== undefined) return decodeUtf16(body, utf16);
  if (looksBinary(body))
    throw new TranscriptParseError('binary', 'not a text file (binary content)');
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(body);
  } catch {
    throw new TranscriptParseError(
      'encoding',
      'not valid UTF-8 text; save the file as UTF-8',
      badUtf8Line(body),
    );
  }
}

function decodeUtf16(bytes: Uint8Array, encoding: 'utf-16le' | 'utf-16be'): string {
  let text: string;
  try {
    text = new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    throw new TranscriptParseError('encoding', `not valid ${encoding.toUpperCase()} text`);
  }
  if (looksBinaryText(text))
    throw new TranscriptParseError('binary', 'not a text file (binary content)');
  return text;
}

/** UTF-16 without a BOM: ASCII text then has a NUL in every other byte. */
function sniffBomlessUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  const n = Math.min(bytes.length, SNIFF_BYTES) & ~1;
  if (n < 4) return undefined;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenNul++;
    if (bytes[i + 1] === 0) oddNul++;
  }
  const pairs = n / 2;
  if (oddNul > pairs * 0.9 && evenNul === 0) return 'utf-16le';
  if (evenNul > pairs * 0.9 && oddNul === 0) return 'utf-16be';
  return undefined;
}

function isControl(c: number): boolean {
  return (c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12) || c === 127;
}

function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, SNIFF_BYTES);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const c = bytes[i] as number;
    if (c === 0) return true;
    if (isControl(c)) control++;
  }
  return control > n * MAX_CONTROL_SHARE;
}

function looksBinaryText(text: string): boolean {
  const n = Math.min(text.length, SNIFF_BYTES);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 0) return true;
    if (isControl(c)) control++;
  }
  return control > n * MAX_CONTROL_SHARE;
}

/** 1-based line of the first byte that breaks UTF-8 (overlongs and surrogates included). */
export function badUtf8Line(bytes: Uint8Array): number {
  let line = 1;
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i] as number;
    if (b < 0x80) {
      if (b === 10) line++;
      i++;
      continue;
    }
    let need: number;
    let min: number;
    if (b >= 0xc2 && b <= 0xdf) [need, min] = [1, 0x80];
    else if (b >= 0xe0 && b <= 0xef) [need, min] = [2, 0x800];
    else if (b >= 0xf0 && b <= 0xf4) [need, min] = [3, 0x10000];
    else return line;
    let cp = b & (0x3f >> need);
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return line;
      cp = (cp << 6) | (c & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return line;
    i += need + 1;
  }
  return line;
}

function hasNonSpace(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (!isSpace(text.charCodeAt(i))) return true;
  return false;
}

function megabytes(bytes: number): string {
  return bytes >= 1024 ** 3
    ? `${(bytes / 1024 ** 3).toFixed(1)} GB`
    : `${Math.round(bytes / 1024 ** 2)} MB`;
}
