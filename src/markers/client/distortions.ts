// Cognitive distortions from cue-phrase hits. Each hit gives one finding that names the
// distortion, the cue group and a Socratic question the therapist could ask; overlapping
// hits of the same distortion collapse into the first (longest) one.
import { ruleInfoOf, type LexiconMatcher, type RuleInfo } from '../../lexicons/index.js';
import { Kind, hashWord } from '../../text/index.js';
import { DISTORTION_TYPES, type DistortionType, type UtteranceContext } from '../types.js';
import { distortionCues, distortionExceptions } from './distortion-lexicons.js';
import { TokenFlags, charSpan, lexiconTable } from './scratch.js';

/** One Socratic question per distortion, in our words, for the therapist to consider. */
export const distortionQuestions: Readonly<Record<DistortionType, string>> = {
  all_or_nothing: 'Is there anything between the two extremes here?',
  overgeneralization: 'Can you recall a time when it went differently?',
  mental_filter: 'What else happened that day, besides that part?',
  disqualifying_positive: 'What would it mean if that good part did count?',
  mind_reading: 'What would you need to see to know what they really think?',
  fortune_telling: 'What other ways could this turn out?',
  magnification: 'How much will this matter in a year from now?',
  emotional_reasoning: 'What would the facts say, apart from how it feels?',
  should_statements: 'Who made that rule, and what happens if it bends a little?',
  labeling: 'Would you describe a friend in the same situation that way?',
  personalization: 'What else played a part in how this turned out?',
};

const TYPES: readonly DistortionType[] = DISTORTION_TYPES;

/** The distortion cue groups as rules; their terms live in the cue lexicons. */
export const distortionRules: readonly RuleInfo[] = distortionCues.map(ruleInfoOf);

const NO_GUARD = 0;
const EITHER_OR = 1;
const PERCENT = 2;

/** Builds the distortion rule against the compiled lexicons. */
export function distortionMarker(matcher: LexiconMatcher): (ctx: UtteranceContext) => void {
  const cueOf = lexiconTable(
    distortionCues.map((c) => c.id),
    matcher.lexicons.length,
    (id) => matcher.id(id),
  );
  const typeOf = Uint8Array.from(distortionCues, (c) => TYPES.indexOf(c.distortion));
  const guardOf = Uint8Array.from(distortionCues, (c) =>
    c.guard === 'either_or' ? EITHER_OR : c.guard === 'percent' ? PERCENT : NO_GUARD,
  );
  const or = hashWord('or');
  const percent = hashWord('percent');
  // Token end of the last finding per distortion, to drop overlapping cues of the same kind.
  const lastEnd = new Int32Array(TYPES.length);
  const exception = matcher.id(distortionExceptions.id);
  const flags = new TokenFlags();

  return (ctx) => {
    const { matches, tokens } = ctx;
    lastEnd.fill(-1);
    const covered = flags.reset(tokens.count);
    for (let m = 0; m < matches.count; m++) {
      if (matches.lexicon[m] !== exception) continue;
      for (let t = matches.start[m] ?? 0; t < (matches.end[m] ?? 0); t++) covered[t] = 1;
    }
    for (let m = 0; m < matches.count; m++) {
      const cue = cueOf[matches.lexicon[m] ?? 0] ?? -1;
      if (cue < 0) continue;
      const s = matches.start[m] ?? 0;
      let e = matches.end[m] ?? 0;
      const type = typeOf[cue] ?? 0;
      if (s < (lastEnd[type] ?? -1) || covered[s] === 1) continue;
      const guard = guardOf[cue];
      if (guard === EITHER_OR) {
        // Look for "or" before the sentence ends; without it "either" is just "also".
        let t = e;
        while (t < tokens.count && tokens.hash[t] !== or) {
          const k = tokens.kind[t];
          if (k === Kind.Period || k === Kind.Question || k === Kind.Exclaim) break;
          t++;
        }
        if (t >= tokens.count || tokens.hash[t] !== or) continue;
        e = t + 1;
      } else if (guard === PERCENT) {
        const after = tokens.text.charCodeAt(tokens.end[s] ?? 0);
        if (after !== 37 && tokens.hash[e] !== percent) continue;
      }
      const distortion = TYPES[type] ?? 'all_or_nothing';
      ctx.findings.push({
        code: 'distortion',
        rule: distortionCues[cue]?.id ?? '',
        distortion,
        ...charSpan(tokens, s, e),
        suggestion: distortionQuestions[distortion],
      });
      ctx.counts.distortions++;
      lastEnd[type] = e;
    }
  };
}
