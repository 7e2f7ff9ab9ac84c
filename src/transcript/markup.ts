// Cue text markup shared by WebVTT and SRT: `<v Name>` voice tags, other tags (<i>, <b>,
// <c.yellow>, <00:00:01.000>, <font>), SRT `{\an8}` codes and HTML entities. One scan per
// line, bounded lookahead, so a hostile line costs linear time.
import { trimRange } from './lines.js';

/** A cue line with markup removed, and the voice it names, if any. */
export interface CueLine {
  text: string;
  voice?: string;
}

const ENTITIES: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  lrm: '',
  rlm: '',
};
const MAX_ENTITY = 8;
const MAX_BRACE_CODE = 32;

/** Strip markup from text[from, to) and pick out a `<v Name>` / `<v.class Name>` voice. */
export function readCueLine(text: string, from: number, to: number): CueLine {
  if (!hasMarkup(text, from, to)) {
    const [a, b] = trimRange(text, from, to);
    return { text: text.slice(a, b) };
  }
  // Past the last '>' no tag can close: lets us skip hopeless searches on garbage lines.
  let lastGt = to - 1;
  while (lastGt >= from && text.charCodeAt(lastGt) !== 62) lastGt--;
  const parts: string[] = [];
  let voice: string | undefined;
  let kept = from;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 60 && i < lastGt) {
      let close = i + 1;
      while (text.charCodeAt(close) !== 62) close++;
      if (voice === undefined && text.charCodeAt(i + 1) === 118)
        voice = voiceName(text, i + 2, close);
      parts.push(text.slice(kept, i));
      kept = close + 1;
      i = close;
    } else if (c === 38) {
      const semi = findWithin(text, 59, i + 1, Math.min(to, i + 2 + MAX_ENTITY));
      const value = semi < 0 ? undefined : entity(text.slice(i + 1, semi));
      if (value !== undefined) {
        parts.push(text.slice(kept, i), value);
        kept = semi + 1;
        i = semi;
      }
    } else if (c === 123 && text.charCodeAt(i + 1) === 92) {
      const close = findWithin(text, 125, i + 2, Math.min(to, i + 2 + MAX_BRACE_CODE));
      if (close >= 0) {
        parts.push(text.slice(kept, i));
        kept = close + 1;
        i = close;
      }
    }
  }
  parts.push(text.slice(kept, to));
  const joined = parts.length === 1 ? (parts[0] as string) : parts.join('');
  const [a, b] = trimRange(joined, 0, joined.length);
  const line: CueLine = { text: joined.slice(a, b) };
  if (voice !== undefined && voice.length > 0) line.voice = voice;
  return line;
}

/** The name in `<v Name>` or `<v.class.other Name>`; `from` is just after the `v`. */
function voiceName(text: string, from: number, to: number): string | undefined {
  const c = text.charCodeAt(from);
  if (c !== 32 && c !== 46 && c !== 9) return undefined;
  let p = from;
  if (c === 46) {
    while (p < to && text.charCodeAt(p) !== 32 && text.charCodeAt(p) !== 9) p++;
  }
  const [a, b] = trimRange(text, p, to);
  return text.slice(a, b);
}

function entity(name: string): string | undefined {
  if (Object.hasOwn(ENTITIES, name)) return ENTITIES[name];
  if (name.charCodeAt(0) !== 35) return undefined;
  const hex = name[1] === 'x' || name[1] === 'X';
  const code = Number.parseInt(name.slice(hex ? 2 : 1), hex ? 16 : 10);
  return Number.isInteger(code) && code > 0 && code <= 0x10ffff
    ? String.fromCodePoint(code)
    : undefined;
}

function findWithin(text: string, code: number, from: number, to: number): number {
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === code) return i;
  return -1;
}

/** Most cue lines are plain words: one cheap scan lets them skip the markup machinery. */
function hasMarkup(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 60 || c === 38 || c === 123) return true;
  }
  return false;
}
