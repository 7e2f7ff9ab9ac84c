// A small document model shared by the text, Markdown and HTML renderers, so that the
// three say the same things in the same order and only differ in how they draw them.

/** Emphasis a renderer may draw (colour in a terminal, a class in HTML). */
export type Style =
  | 'critical'
  | 'warning'
  | 'info'
  | 'good'
  | 'fair'
  | 'below'
  | 'muted'
  | 'strong'
  | 'quote'
  | 'positive';

/** A run of text with an optional style and, for HTML, the utterance index it links to. */
export interface Run {
  text: string;
  style?: Style;
  turn?: number;
}

/** One line of runs. */
export type Line = Run[];

/** A block of the document. */
export type Block =
  | { kind: 'heading'; level: 1 | 2; text: string }
  | { kind: 'para'; line: Line }
  | {
      kind: 'list';
      items: Line[];
      /** Items carry their own sign (+/-): no bullet in text. */ signed?: boolean;
    }
  | { kind: 'table'; head: string[]; rows: Line[]; align?: ('left' | 'right')[] };

/** A styled run. */
export const run = (text: string, style?: Style): Run =>
  style === undefined ? { text } : { text, style };

/** A run that names a turn; HTML links it to that turn in the transcript. */
export const turnRun = (text: string, index: number, style?: Style): Run =>
  style === undefined ? { text, turn: index } : { text, style, turn: index };

/** Plain text of a line. */
export const plain = (line: Line): string => line.map((r) => r.text).join('');
