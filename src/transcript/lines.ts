// Line cursor over one big string. Parsers walk lines with indexOf instead of split() or
// regexes, so a 50 MB file costs one scan and no array of 1M strings.

/** Walks the lines of a text; `start`/`end` bound the current line without its CR/LF. */
export class LineCursor {
  /** Offset of the current line's first character. */
  start = 0;
  /** Offset just past the current line's last character (before any CR). */
  end = 0;
  /** 1-based number of the current line; 0 before the first `next()`. */
  number = 0;
  private next_ = 0;

  constructor(readonly text: string) {}

  /** Move to the next line; false at the end of the text. */
  next(): boolean {
    const { text } = this;
    // A final newline ends the last line; it does not open an empty one.
    if (this.next_ >= text.length) return false;
    this.start = this.next_;
    let nl = text.indexOf('\n', this.start);
    if (nl < 0) nl = text.length;
    this.end = nl > this.start && text.charCodeAt(nl - 1) === 13 ? nl - 1 : nl;
    this.next_ = nl + 1;
    this.number++;
    return true;
  }

  /** The current line with surrounding whitespace removed (allocates one string). */
  trimmed(): string {
    const [from, to] = trimRange(this.text, this.start, this.end);
    return this.text.slice(from, to);
  }

  /** True when the current line holds only whitespace. */
  blank(): boolean {
    const [from, to] = trimRange(this.text, this.start, this.end);
    return from === to;
  }
}

/** True for the whitespace characters transcripts use (incl. NBSP and the BOM). */
export function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 13 || c === 10 || c === 12 || c === 0xa0 || c === 0xfeff;
}

/** Bounds of text[from, to) without leading and trailing whitespace. */
export function trimRange(text: string, from: number, to: number): [number, number] {
  while (from < to && isSpace(text.charCodeAt(from))) from++;
  while (to > from && isSpace(text.charCodeAt(to - 1))) to--;
  return [from, to];
}
