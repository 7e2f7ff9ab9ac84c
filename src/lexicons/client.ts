// Client-side word lists shared by the client marker family, and the small template
// expander that keeps their many spelling variants (I'm / im / I am) readable as data.
import { expansion } from './precompiled.js';
import type { Lexicon } from './types.js';

/**
 * Expand `{a|b|}` alternatives into every combination: `"{i'm|im} fine"` -> two terms.
 * An empty alternative drops that slot. Served from the build-time table (precompiled.ts).
 */
export function expand(...templates: string[]): string[] {
  return expansion('client', templates, expandTemplates);
}

/** `expand` computed from the templates (the generator and the table's test use it). */
export function expandTemplates(templates: readonly string[]): string[] {
  const out: string[] = [];
  for (const template of templates) {
    let partial = [''];
    const parts = template.split(/(\{[^}]*\})/);
    for (const part of parts) {
      const alternatives = part.startsWith('{') ? part.slice(1, -1).split('|') : [part];
      const next: string[] = [];
      for (const head of partial) for (const alt of alternatives) next.push(head + alt);
      partial = next;
    }
    for (const term of partial) {
      const clean = term.replace(/\s+/g, ' ').trim();
      if (clean !== '' && !out.includes(clean)) out.push(clean);
    }
  }
  return out;
}

/** The first-person subject in the spellings clients type: "I'm", "im", "I am". */
export const I_AM = "{i'm|im|i am}";

/** Absolutist words: the Al-Mosaiwi & Johnstone (2018) dictionary, word for word. */
export const absolutistWords: Lexicon = {
  id: 'client.absolutist',
  description:
    'Words of totality (always, never, nothing, completely...), which anxious, depressed and suicidal writers use far more than others.',
  example: 'Nothing I try ever works, it always falls apart.',
  source: 'Al-Mosaiwi & Johnstone (2018), Clinical Psychological Science',
  terms: [
    'absolutely',
    'all',
    'always',
    'complete',
    'completely',
    'constant',
    'constantly',
    'definitely',
    'entire',
    'ever',
    'every',
    'everyone',
    'everything',
    'full',
    'must',
    'never',
    'nothing',
    'totally',
    'whole',
  ],
};

/**
 * Fixed phrases in which a listed word does not express totality. An absolutist hit inside
 * any of these spans is dropped. "at all" stays absolutist on purpose ("I can't sleep at
 * all" is total negation); only the hedging "if at all" is exempt.
 */
export const absolutistExceptions: Lexicon = {
  id: 'client.absolutist.exception',
  description: 'Idioms and set phrases that contain an absolutist word without meaning totality.',
  example: 'All of a sudden it was all right again, so I went back to full time work.',
  source: 'project (traps named by Al-Mosaiwi & Johnstone 2018: "all right", "full time")',
  terms: expand(
    'all right',
    'all of a sudden',
    'after all',
    'all the best',
    'all in all',
    'first of all',
    'above all',
    'if at all',
    'you all',
    "that's all",
    'all set',
    'full time',
    'in full',
    'full name',
    'full stop',
    'full moon',
    'full board',
    'whole grain',
    'whole wheat',
    'whole foods',
    'ever since',
    'hardly ever',
    'barely ever',
    'best ever',
    'first ever',
    'if ever',
    'ever so',
    '{have|did|do} you ever',
    'if you ever',
    'never mind',
    '{it|that|this|there|you|he|she|they} must be',
    'must be nice',
    'every now and then',
    'every now and again',
    'every so often',
    'every other',
    'every once in a while',
    'to complete',
    'complete {the|this|that|my|your|our|their|his|her|it|a|an}',
  ),
};

/**
 * "must have" / "must've" read as a guess about the past ("it must have hurt"), not a rule,
 * when a participle follows; regular ones are recognised by their "-ed"/"-en" ending,
 * these irregular ones are listed.
 */
export const epistemicMust: Lexicon = {
  id: 'client.absolutist.must_have',
  description: 'The "must have" that opens a guess about the past; checked against a participle.',
  example: 'She must have been tired that night.',
  source: 'project',
  terms: expand('must {have|of}', "must've"),
};

/** Irregular past participles that make a preceding "must have" epistemic. */
export const irregularParticiples: Lexicon = {
  id: 'client.participle',
  description:
    'Irregular past participles, for telling "must have been" from "must have everything".',
  example: 'It must have been hard to hear.',
  source: 'project',
  terms: [
    'been',
    'had',
    'got',
    'felt',
    'thought',
    'said',
    'done',
    'made',
    'seen',
    'known',
    'left',
    'lost',
    'meant',
    'heard',
    'gone',
    'come',
    'kept',
    'told',
    'sent',
    'spent',
    'taken',
    'put',
    'hit',
    'hurt',
    'run',
    'slept',
    'understood',
    'read',
  ],
};

/**
 * Words that name an exception right after a totality word ("every day but one", "everyone
 * except my sister"): the client is already qualifying it. Bare "but" is not here, because
 * "nothing but trouble" makes the totality stronger.
 */
export const absolutistQualifiers: Lexicon = {
  id: 'client.absolutist.qualified',
  description:
    'An exception named within a few words after an absolutist word, in the same clause, takes the totality back.',
  example: 'I drank every day but one, and everyone except my sister noticed.',
  counterExample: 'It was nothing but trouble, every single day.',
  source: 'project',
  terms: expand(
    'but {one|once|twice|two|a few|a couple}',
    'except',
    'apart from',
    'other than',
    'bar one',
    'save for',
    'aside from',
  ),
};

/** Hedges right before a totality word: "almost always" is frequent, not total. */
export const absolutistHedges: Lexicon = {
  id: 'client.absolutist.hedged',
  description:
    'A hedge directly before an absolutist word ("almost always", "nearly every") turns totality into frequency.',
  example: 'I almost always eat alone and nearly every evening is quiet.',
  counterExample: 'I always eat alone.',
  source: 'project',
  terms: expand('{almost|nearly|practically|virtually|not quite}'),
};

/** Every absolutist-related lexicon, in the order the matcher should compile them. */
export const absolutistLexicons: readonly Lexicon[] = [
  absolutistWords,
  absolutistExceptions,
  absolutistQualifiers,
  absolutistHedges,
  epistemicMust,
  irregularParticiples,
];
