// Turns one analysed utterance into hashed sparse features, reading only the shared token
// buffer (hashes and kinds), the rule findings and counts, and a little state carried from
// the previous utterance. Training and inference call exactly this code.
import type { UtteranceContext, UtteranceCounts } from '../markers/types.js';
import { Kind, hashWord } from '../text/index.js';
import { featureHash, hashString } from './hashing.js';
import type { FeatureBuffer } from './linear.js';
import { T, negationWords, overlapStopWords } from './templates.js';
import { NEGATION, STOP, WordFlags } from './word-flags.js';

const START = 0x5354; // pseudo-token before the first token, for pairs
const END = 0x454e; // pseudo-token after the last token
/** Turns of at most this many words are read as answers to the other speaker. */
const SHORT_ANSWER = 4;
const wordFlags = new WordFlags([
  { hashes: overlapStopWords.map(hashWord), flag: STOP },
  { hashes: negationWords.map(hashWord), flag: NEGATION },
]);
const stringHashes = new Map<string, number>();
const cachedHash = (s: string): number => {
  let h = stringHashes.get(s);
  if (h === undefined) stringHashes.set(s, (h = hashString(s)));
  return h;
};
/** Punctuation tokens carry their char code as hash; word hashes are 30-bit FNV. */
const PUNCTUATION_MAX = 0xffff;
/** The other speaker's words, reused per utterance (grown when a turn is longer). */
let otherContent = new Uint32Array(256);
const roleIds: Readonly<Record<string, number>> = { therapist: 1, client: 2, other: 3 };
/** Count fields used as features; words and questions have their own templates. */
export const countFeatureKeys = [
  'we',
  'institutionalWe',
  'i',
  'you',
  'doingTo',
  'credit',
  'openQuestions',
  'closedQuestions',
  'socraticQuestions',
  'presupposed',
  'conditional',
  'hedges',
  'confident',
  'future',
  'widening',
  'absolutist',
  'distortions',
  'change',
  'sustain',
  'reliance',
  'crisis',
] as const satisfies readonly (keyof UtteranceCounts)[];

function countFeature(out: FeatureBuffer, c: number, n: number): void {
  if (n > 0) out.push(featureHash(T.count, c, Math.min(n, 3)), 1, T.count, c);
}

/**
 * One `count` feature per non-zero count, `c` being its place in countFeatureKeys. Plain
 * property reads in a row: a loop that read `counts[key]` by a different key each time was
 * a megamorphic lookup per read.
 */
export function pushCountFeatures(counts: UtteranceCounts, out: FeatureBuffer): void {
  countFeature(out, 0, counts.we);
  countFeature(out, 1, counts.institutionalWe);
  countFeature(out, 2, counts.i);
  countFeature(out, 3, counts.you);
  countFeature(out, 4, counts.doingTo);
  countFeature(out, 5, counts.credit);
  countFeature(out, 6, counts.openQuestions);
  countFeature(out, 7, counts.closedQuestions);
  countFeature(out, 8, counts.socraticQuestions);
  countFeature(out, 9, counts.presupposed);
  countFeature(out, 10, counts.conditional);
  countFeature(out, 11, counts.hedges);
  countFeature(out, 12, counts.confident);
  countFeature(out, 13, counts.future);
  countFeature(out, 14, counts.widening);
  countFeature(out, 15, counts.absolutist);
  countFeature(out, 16, counts.distortions);
  countFeature(out, 17, counts.change);
  countFeature(out, 18, counts.sustain);
  countFeature(out, 19, counts.reliance);
  countFeature(out, 20, counts.crisis);
}

function lengthBucket(words: number): number {
  if (words <= 3) return words;
  if (words <= 5) return 4;
  if (words <= 8) return 5;
  if (words <= 12) return 6;
  if (words <= 20) return 7;
  if (words <= 35) return 8;
  return words <= 60 ? 9 : 10;
}

function talkBucket(n: number): number {
  return n <= 1 ? n : n <= 3 ? 2 : n <= 7 ? 3 : 4;
}

/** Extracts features utterance by utterance; keeps the previous utterance's cues. */
export class FeatureExtractor {
  private prevFirst = 0;
  private prevSecond = 0;
  private prevEndsWithQuestion = false;
  private sessionChange = 0;
  private sessionSustain = 0;

  /** Write the features of `ctx` into `out` (cleared first). */
  extract(ctx: UtteranceContext, out: FeatureBuffer): FeatureBuffer {
    out.count = 0;
    if (ctx.previous === undefined)
      this.prevFirst = this.prevSecond = this.sessionChange = this.sessionSustain = 0;
    const { tokens } = ctx;
    const { hash, kind, count } = tokens;
    // Pairs and words are scaled so that long turns do not drown the other cues.
    const scale = 1 / Math.sqrt(count + 1);
    let before = START;
    let first = -1;
    let second = -1;
    let sentenceFirst = -1;
    let sentenceSecond = -1;
    let atSentenceStart = true;
    let lastWord = -1;
    let questionMarks = 0;
    let content = 0;
    let shared = 0;
    let negated = false;
    for (let i = 0; i < count; i++) {
      const h = hash[i] ?? 0;
      const k = kind[i] ?? 0;
      const flags = k === Kind.Word ? wordFlags.get(h) : 0;
      if (k === Kind.Word) {
        if (negated) out.push(featureHash(T.negatedWord, h), scale, T.negatedWord, i);
        else if ((flags & NEGATION) !== 0) negated = true;
      } else negated = false;
      if (k === Kind.Comma) continue;
      out.push(featureHash(T.word, h), scale, T.word, i);
      out.push(featureHash(T.pair, before, h), scale, T.pair, i);
      before = h;
      if (k === Kind.Question || k === Kind.Period || k === Kind.Exclaim) {
        if (k === Kind.Question) questionMarks++;
        atSentenceStart = true;
        continue;
      }
      if (k !== Kind.Word && k !== Kind.Number) continue;
      if (first < 0) first = i;
      else if (second < 0) second = i;
      if (atSentenceStart) {
        sentenceFirst = i;
        sentenceSecond = -1;
        atSentenceStart = false;
      } else if (sentenceSecond < 0) sentenceSecond = i;
      lastWord = i;
      if ((flags & STOP) === 0) {
        content++;
        if (ctx.previousOtherHashes.has(h)) shared++;
      }
    }
    out.push(featureHash(T.pair, before, END), scale, T.pair, -1);
    const h1 = first < 0 ? 0 : (hash[first] ?? 0);
    const h2 = second < 0 ? 0 : (hash[second] ?? 0);
    out.push(featureHash(T.first, h1), 1, T.first, first);
    out.push(featureHash(T.firstTwo, h1, h2), 1, T.firstTwo, first);
    if (sentenceFirst >= 0 && sentenceFirst !== first) {
      const s1 = hash[sentenceFirst] ?? 0;
      const s2 = sentenceSecond < 0 ? 0 : (hash[sentenceSecond] ?? 0);
      out.push(featureHash(T.lastSentenceFirst, s1), 1, T.lastSentenceFirst, sentenceFirst);
      out.push(
        featureHash(T.lastSentenceFirstTwo, s1, s2),
        1,
        T.lastSentenceFirstTwo,
        sentenceFirst,
      );
    }
    if (lastWord >= 0)
      out.push(featureHash(T.lastWord, hash[lastWord] ?? 0), 1, T.lastWord, lastWord);
    const endsWithQuestion = count > 0 && kind[count - 1] === Kind.Question;
    const qState = questionMarks === 0 ? 0 : endsWithQuestion ? (questionMarks > 1 ? 3 : 2) : 1;
    out.push(featureHash(T.question, qState), 1, T.question, qState);
    out.push(featureHash(T.firstWithQuestion, h1, qState), 1, T.firstWithQuestion, first);
    out.push(featureHash(T.length, lengthBucket(ctx.counts.words)), 1, T.length, ctx.counts.words);
    this.contextFeatures(ctx, out, content, shared, ctx.counts.words <= SHORT_ANSWER ? first : -1);
    for (let f = 0; f < ctx.findings.length; f++) {
      const finding = ctx.findings[f];
      if (finding === undefined) continue;
      out.push(featureHash(T.finding, cachedHash(finding.code)), 1, T.finding, f);
      out.push(featureHash(T.rule, cachedHash(finding.rule)), 1, T.rule, f);
    }
    pushCountFeatures(ctx.counts, out);
    if (ctx.utterance.role === 'client') this.sessionFeatures(ctx, out);
    this.prevFirst = h1;
    this.prevSecond = h2;
    this.prevEndsWithQuestion = endsWithQuestion;
    return out;
  }

  // Ambivalence is a trait of the session as much as of the turn: a client who has voiced
  // status-quo cues all along is more likely to mean "yeah" as sustain talk.
  private sessionFeatures(ctx: UtteranceContext, out: FeatureBuffer): void {
    const c = talkBucket(this.sessionChange);
    const s = talkBucket(this.sessionSustain);
    out.push(featureHash(T.sessionTalk, c, s), 1, T.sessionTalk, 0);
    out.push(featureHash(T.sessionTalk, s > c ? 1 : s < c ? 2 : 3), 1, T.sessionTalk, 0);
    this.sessionChange += ctx.counts.change;
    this.sessionSustain += ctx.counts.sustain;
  }

  private contextFeatures(
    ctx: UtteranceContext,
    out: FeatureBuffer,
    content: number,
    shared: number,
    answerAt: number,
  ): void {
    const answer = answerAt < 0 ? 0 : (ctx.tokens.hash[answerAt] ?? 0);
    const prevRole = ctx.previous === undefined ? 0 : (roleIds[ctx.previous.role] ?? 0);
    out.push(featureHash(T.previousRole, prevRole), 1, T.previousRole, prevRole);
    if (ctx.previous !== undefined) {
      out.push(
        featureHash(T.previousFirst, this.prevFirst, this.prevSecond),
        1,
        T.previousFirst,
        0,
      );
      const q = this.prevEndsWithQuestion ? 1 : 0;
      out.push(featureHash(T.previousQuestion, q), 1, T.previousQuestion, q);
    }
    // The other speaker's last turn: what a client answers depends on what was asked. Its
    // words only: punctuation is already in the previous-question feature.
    const other = ctx.previousOtherHashes;
    const members = other.members;
    let n = 0;
    if (other.size > otherContent.length) otherContent = new Uint32Array(other.size * 2);
    for (let k = 0; k < other.size; k++) {
      const h = members[k] ?? 0;
      if (h > PUNCTUATION_MAX) otherContent[n++] = h;
    }
    const otherScale = 1 / Math.sqrt(n + 1);
    for (let k = 0; k < n; k++) {
      const h = otherContent[k] ?? 0;
      out.push(featureHash(T.otherWord, h), otherScale, T.otherWord, 0);
      // A bare "yeah" or "no" takes its side from what it answers: agreeing with a
      // reflection of change is change talk, agreeing with one of the status quo is not.
      if (answerAt >= 0)
        out.push(featureHash(T.answerWord, answer, h), otherScale, T.answerWord, answerAt);
    }
    if (ctx.previousOtherHashes.size > 0 && content > 0) {
      const ratio = shared / content;
      const bucket = ratio === 0 ? 0 : ratio < 0.15 ? 1 : ratio < 0.3 ? 2 : ratio < 0.5 ? 3 : 4;
      out.push(featureHash(T.overlap, bucket, Math.min(shared, 4)), 1, T.overlap, bucket);
      out.push(featureHash(T.overlap, 99), ratio, T.overlap, bucket);
    }
  }
}

/**
 * Add the previous utterance's label and this speaker's own previous label (predicted at
 * inference, gold in training). Callers pass therapist behaviours only (0 after a client
 * turn): with gold client talk types in training the models leaned on labels that are
 * often wrong at inference, and grouped CV was better without them (see EVALUATION.md).
 */
export function addPreviousLabel(out: FeatureBuffer, labelId: number, ownLabelId = 0): void {
  out.push(featureHash(T.previousLabel, labelId), 1, T.previousLabel, labelId);
  out.push(featureHash(T.previousOwnLabel, ownLabelId), 1, T.previousOwnLabel, ownLabelId);
}
