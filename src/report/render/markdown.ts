// Markdown rendering. Transcript words are escaped so that a client's sentence can never
// become a link, a heading, raw HTML or a broken table when the Markdown is displayed.
import type { Report } from '../schema.js';
import type { Block, Line, Run } from './doc.js';
import { summaryBlocks } from './summary.js';

/**
 * Escape text for Markdown inline context. Backslash escapes (valid for any ASCII
 * punctuation in CommonMark) keep the raw file readable while stopping emphasis, links,
 * code, tables and raw HTML; parentheses only matter after a bracket, which is escaped.
 */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_[\]<>|~&]/g, '\\$&').replace(/\r?\n|\r/g, ' ');
}

function inline(r: Run): string {
  const t = escapeMarkdown(r.text);
  if (t.trim() === '') return t;
  // Emphasis markers must hug the words, so leading/trailing spaces stay outside them.
  const lead = /^\s*/.exec(t)?.[0] ?? '';
  const trail = /\s*$/.exec(t)?.[0] ?? '';
  const core = t.slice(lead.length, t.length - trail.length);
  switch (r.style) {
    case 'strong':
    case 'critical':
    case 'below':
      return `${lead}**${core}**${trail}`;
    case 'quote':
    case 'muted':
      return `${lead}_${core}_${trail}`;
    default:
      return t;
  }
}

const line = (l: Line): string => l.map(inline).join('');
const boldSign = (r: Run, i: number): Run =>
  i === 0 && /^[+-]\s*$/.test(r.text) ? { ...r, style: 'strong' } : r;

function block(b: Block): string {
  switch (b.kind) {
    case 'heading':
      return `${b.level === 1 ? '#' : '##'} ${escapeMarkdown(b.text)}`;
    case 'para':
      return line(b.line);
    case 'list':
      // A bare "+" or "-" after the bullet would open a nested list, so signs go in bold.
      return b.items
        .map((item) => `- ${line(b.signed === true ? item.map(boldSign) : item)}`)
        .join('\n');
    case 'table': {
      const sep = b.head.map((_, i) => (b.align?.[i] === 'right' ? '---:' : '---'));
      const rows = b.rows.map((r) => `| ${r.map(inline).join(' | ')} |`);
      return [
        `| ${b.head.map(escapeMarkdown).join(' | ')} |`,
        `| ${sep.join(' | ')} |`,
        ...rows,
      ].join('\n');
    }
  }
}

/** The report as Markdown, same content and order as the terminal report. */
export function renderMarkdown(report: Report): string {
  return `${summaryBlocks(report).map(block).join('\n\n')}\n`;
}
