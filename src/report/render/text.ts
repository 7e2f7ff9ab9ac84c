// Terminal rendering: word-wrapped to 80 columns, ANSI colour only when asked (the CLI
// asks only for a TTY), so piped output stays clean.
import type { Report } from '../schema.js';
import { type Block, type Line, type Run, type Style } from './doc.js';
import { summaryBlocks } from './summary.js';

/** Options for the terminal renderer. */
export interface TextOptions {
  /** ANSI colours; only when writing to a terminal. */
  color?: boolean;
  /** Wrap width in columns (default 80). */
  width?: number;
}

const ansi: Record<Style, [string, string]> = {
  critical: ['\x1b[1;97;41m', '\x1b[0m'],
  warning: ['\x1b[33m', '\x1b[39m'],
  info: ['\x1b[36m', '\x1b[39m'],
  good: ['\x1b[32m', '\x1b[39m'],
  fair: ['\x1b[33m', '\x1b[39m'],
  below: ['\x1b[31m', '\x1b[39m'],
  muted: ['\x1b[2m', '\x1b[22m'],
  strong: ['\x1b[1m', '\x1b[22m'],
  quote: ['\x1b[3m', '\x1b[23m'],
  positive: ['\x1b[32m', '\x1b[39m'],
};

/** Wrap a line of runs at word boundaries; styles are applied per word so wrapping cannot break them. */
function wrap(line: Line, width: number, indent: string, color: boolean): string[] {
  const out: string[] = [];
  let current = '';
  let length = 0;
  const flush = (): void => {
    out.push(current.trimEnd());
    current = indent;
    length = indent.length;
  };
  current = '';
  for (const r of line) {
    // Transcript text may hold control characters; never pass them to the terminal.
    // eslint-disable-next-line no-control-regex
    const parts = r.text.replace(/[\x00-\x08\x0b-\x1f\x7f]/g, ' ').split(/(\s+)/);
    for (const part of parts) {
      if (part === '') continue;
      const space = /^\s+$/.test(part);
      if (!space && length + part.length > width && length > indent.length) flush();
      if (space && length === indent.length && out.length > 0) continue;
      current +=
        color && r.style !== undefined && !space
          ? ansi[r.style][0] + part + ansi[r.style][1]
          : part;
      length += part.length;
    }
  }
  out.push(current.trimEnd());
  return out;
}

function table(
  head: string[],
  rows: Run[][],
  align: ('left' | 'right')[],
  color: boolean,
): string[] {
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]?.text.length ?? 0)));
  // Padding goes outside the colour codes, so that trimming and widths see plain text.
  const cell = (r: Run, i: number, style: boolean): string => {
    const w = widths[i] ?? 0;
    const pad = ' '.repeat(Math.max(0, w - r.text.length));
    const text =
      style && r.style !== undefined ? ansi[r.style][0] + r.text + ansi[r.style][1] : r.text;
    return align[i] === 'right' ? pad + text : text + pad;
  };
  const lines = [
    head
      .map((h, i) => cell({ text: h }, i, false))
      .join('  ')
      .trimEnd(),
    widths.map((w) => '-'.repeat(w)).join('  '),
  ];
  for (const r of rows)
    lines.push(
      r
        .map((c, i) => cell(c, i, color))
        .join('  ')
        .trimEnd(),
    );
  return lines;
}

function block(b: Block, width: number, color: boolean): string[] {
  switch (b.kind) {
    case 'heading': {
      const text = b.level === 1 ? b.text.toUpperCase() : b.text;
      const underline = (b.level === 1 ? '=' : '-').repeat(Math.min(width, text.length));
      return [color ? `${ansi.strong[0]}${text}${ansi.strong[1]}` : text, underline];
    }
    case 'para':
      return wrap(b.line, width, '', color);
    case 'list':
      return b.items.flatMap((item) =>
        wrap(
          [{ text: b.signed === true ? '  ' : '* ' }, ...item],
          width,
          b.signed === true ? '    ' : '  ',
          color,
        ),
      );
    case 'table':
      return table(b.head, b.rows, b.align ?? [], color);
  }
}

/** The report for a terminal: crisis alerts first, readable at 80 columns. */
export function renderText(report: Report, options: TextOptions = {}): string {
  const width = Math.max(40, options.width ?? 80);
  const color = options.color === true;
  const lines: string[] = [];
  for (const b of summaryBlocks(report)) {
    if (b.kind === 'heading' && lines.length > 0) lines.push('');
    lines.push(...block(b, width, color));
  }
  return `${lines.join('\n')}\n`;
}
