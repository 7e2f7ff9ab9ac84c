// Rephrasings we suggest, as data: an open form per closed-question opener, and the
// presupposing form of each conditional. Built only when a finding needs one, so the
// strings they create never touch utterances without findings.
import { conditionalRewrites } from '../../lexicons/therapist.js';
import { hashPhrase } from '../../text/index.js';
import type { UtteranceContext } from '../types.js';
import type { Compiled } from './compiled.js';

/**
 * Open rephrasings per closed-question opener. `{rest}` is the rest of the question after
 * the opener; `null` means no suggestion (asking permission or checking understanding is
 * good practice as it is). The longest matching opener wins.
 */
export const closedTemplates: readonly { opener: string; template: string | null }[] = [
  { opener: 'do you feel', template: 'How do you feel when ...?' },
  { opener: 'do you think', template: 'What do you make of ...?' },
  { opener: 'do you want', template: 'How much do you want {rest}?' },
  { opener: 'do you have', template: null },
  { opener: 'do you', template: 'What is it like when you {rest}?' },
  { opener: 'did you feel', template: 'How did you feel when ...?' },
  { opener: 'did you', template: 'What was it like to {rest}?' },
  { opener: 'are you ready', template: 'How ready are you {rest}?' },
  { opener: 'are you feeling', template: 'How are you feeling about ...?' },
  { opener: 'are you worried', template: 'What worries you {rest}?' },
  { opener: 'have you thought about', template: 'What thoughts have you had about {rest}?' },
  { opener: 'have you tried', template: 'What have you tried so far?' },
  { opener: 'can you', template: 'How might you {rest}?' },
  { opener: 'could you', template: 'What would help you {rest}?' },
  { opener: 'will you', template: 'What will help you {rest}?' },
  { opener: 'would you consider', template: 'What would it take for you to consider {rest}?' },
  { opener: 'does it', template: 'How does it {rest}?' },
  { opener: 'does that make sense', template: null },
  { opener: 'is that right', template: null },
  { opener: 'is it okay', template: null },
  { opener: 'is that okay', template: null },
  { opener: 'is it', template: 'What is it like for you?' },
  { opener: 'is that', template: 'What is that like for you?' },
  { opener: 'was it', template: 'What was it like for you?' },
  { opener: 'would you like', template: null },
  { opener: 'may i', template: null },
  { opener: 'can i', template: null },
  { opener: 'shall we', template: null },
];

interface Row {
  hashes: Uint32Array;
  text: string | null;
}

function compileTable<T>(
  rows: readonly T[],
  key: (r: T) => string,
  value: (r: T) => string | null,
) {
  return rows
    .map((r): Row => ({ hashes: Uint32Array.from(hashPhrase(key(r))), text: value(r) }))
    .sort((a, b) => b.hashes.length - a.hashes.length);
}

function matchAt(rows: readonly Row[], hash: Uint32Array, at: number, end: number) {
  for (const row of rows) {
    const n = row.hashes.length;
    if (at + n > end) continue;
    let ok = true;
    for (let j = 0; j < n && ok; j++) ok = hash[at + j] === row.hashes[j];
    if (ok) return row;
  }
  return undefined;
}

/** Writes the suggestions for closed questions and conditional change. */
export class Suggester {
  private readonly closedRows = compileTable(
    closedTemplates,
    (r) => r.opener,
    (r) => r.template,
  );
  private readonly conditionalRows = compileTable(
    conditionalRewrites,
    (r) => r.term,
    (r) => r.rewrite,
  );

  constructor(private readonly c: Compiled) {}

  /** The open rephrasing for closed-question sentence k, if its opener has one. */
  closed(ctx: UtteranceContext, k: number): string | undefined {
    const s = this.c.sentences;
    const t = ctx.tokens;
    const first = s.first[k] ?? 0;
    const end = s.end[k] ?? 0;
    const row = matchAt(this.closedRows, t.hash, first, end);
    if (row?.text == null) return undefined;
    if (!row.text.includes('{rest}')) return row.text;
    const from = first + row.hashes.length;
    if (from >= end) return undefined;
    const rest = t.text.slice(t.start[from], t.end[end - 1]);
    return row.text.replace('{rest}', rest);
  }

  /** Sentence k with the conditional hit at token `at` rewritten as a presupposition. */
  conditional(ctx: UtteranceContext, k: number, at: number): string | undefined {
    const s = this.c.sentences;
    const t = ctx.tokens;
    const row = matchAt(this.conditionalRows, t.hash, at, s.end[k] ?? 0);
    if (row?.text == null) return undefined;
    const hitEnd = t.end[at + row.hashes.length - 1] ?? 0;
    const hitStart = t.start[at] ?? 0;
    const from = t.start[s.start[k] ?? 0] ?? 0;
    const to = t.end[(s.close[k] ?? 1) - 1] ?? 0;
    const upper = t.text.charCodeAt(hitStart) === 73; // "If" starts the sentence
    const rewrite = upper ? row.text.charAt(0).toUpperCase() + row.text.slice(1) : row.text;
    return t.text.slice(from, hitStart) + rewrite + t.text.slice(hitEnd, to);
  }
}
