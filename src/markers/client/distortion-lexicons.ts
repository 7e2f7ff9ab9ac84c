// Cue phrases for the eleven cognitive distortions, as data. Each group is one lexicon
// with its own stable id, so a finding names the group of words that raised it.
import { I_AM, expand } from '../../lexicons/client.js';
import type { Lexicon } from '../../lexicons/index.js';
import type { DistortionType } from '../types.js';

/** A cue lexicon and the distortion it points to; `guard` names an extra check in code. */
export interface DistortionCue extends Lexicon {
  distortion: DistortionType;
  /** 'either_or': needs a later "or" in the sentence; 'percent': a bare 100 needs "%". */
  guard?: 'either_or' | 'percent';
}

const BECK = 'Beck (1963); Burns (1980), Feeling Good';
const OTHERS =
  '{they|he|she|people|everyone|everybody|others|my friends|my family|my parents|my partner|my husband|my wife|my boss|my sister|my brother|my mum|my mom|my dad}';
const FAILURE_WORDS =
  '{failure|loser|idiot|mess|disappointment|burden|fraud|joke|disgrace|coward|freak|wreck|screw up|screwup|monster|bad person|terrible person|horrible person|bad mother|bad father|bad parent|bad friend|waste of space}';
/** Starts of a clause after "I feel like": a belief follows, not an appetite ("like going out"). */
const CLAUSE =
  "{i|i'm|im|i am|i'll|i will|i can't|i don't|i have|i've|i was|i should|i need|i never|i always|i could|i must|a|an|my|everyone|everybody|nobody|no one|people|nothing|everything|they|he|she|it's|there's|no|something|this|it}";
const FEELINGS =
  '{worthless|useless|stupid|hopeless|inadequate|pathetic|guilty|ashamed|like a failure|like a burden|like a fraud}';
const SELF_ADJECTIVES =
  '{useless|worthless|stupid|pathetic|hopeless|unlovable|broken|weak|dumb|ugly|disgusting|inadequate|incompetent|defective}';

/**
 * Phrases that contain a cue but ask for advice or guess, not judge: "whether I should
 * call", "I must have known". A cue that starts inside one of these is dropped.
 */
export const distortionExceptions: Lexicon = {
  id: 'client.distortion.exception',
  description:
    'Advice-seeking and epistemic uses of should / must that are not rules for the self.',
  example: "I'm not sure whether I should call her back.",
  source: 'project',
  terms: expand(
    "{whether|if|how|what|when|where|why|which} i {should|shouldn't|must|ought to}",
    'i must {have|be}',
  ),
};

/** Cue groups, one lexicon each. */
export const distortionCues: readonly DistortionCue[] = [
  {
    id: 'client.distortion.should.self',
    distortion: 'should_statements',
    description: 'Rules the client sets for themself: should, must, ought to, have to be.',
    example: 'I should be over this by now.',
    source: BECK,
    terms: expand(
      "i {should|shouldn't|shouldnt|should not|should've|must|mustn't|ought to|ought not}",
      `${I_AM} supposed to`,
      'i {have|need} to be {perfect|strong|better|able|the best}',
      'should have known',
    ),
  },
  {
    id: 'client.distortion.should.others',
    distortion: 'should_statements',
    description: 'Rules the client sets for other people.',
    example: 'People should know better than to treat me like that.',
    source: BECK,
    terms: expand(`${OTHERS} {should|shouldn't|shouldnt|ought to|must not}`),
  },
  {
    id: 'client.distortion.labeling.self',
    distortion: 'labeling',
    description: 'A global label for the self in place of a description of what happened.',
    example: "I'm such a failure.",
    source: BECK,
    terms: expand(
      `${I_AM} {a|an|a complete|a total|such a|such an|just a|nothing but a} ${FAILURE_WORDS}`,
      `${I_AM} {so|just|completely|totally|} ${SELF_ADJECTIVES}`,
      `${I_AM} {such a|such an}`,
      `what {a|an} ${FAILURE_WORDS} i am`,
      'i {hate|despise|loathe} myself',
    ),
  },
  {
    id: 'client.distortion.labeling.others',
    distortion: 'labeling',
    description: 'A global label stuck on another person.',
    example: "He's such a selfish jerk.",
    source: BECK,
    terms: expand(
      "{he's|hes|she's|shes|he is|she is|they're|they are} {a|an|such a|just a} {jerk|idiot|loser|monster|narcissist|psycho|failure|selfish jerk}",
    ),
  },
  {
    id: 'client.distortion.mind_reading',
    distortion: 'mind_reading',
    description: 'Claims to know what others think or feel about the client without evidence.',
    example: 'They probably think I am boring.',
    source: BECK,
    terms: expand(
      `${OTHERS} {think|thinks|probably think|probably thinks|must think|all think|secretly think} {i'm|im|i am|that i'm|that i am|i was|less of me|badly of me}`,
      `${OTHERS} {will|would|'ll|might} think`,
      `${OTHERS} {all|} {hate|hates|dislike|dislikes} me`,
      "{everyone|everybody|people|they|he|she} {is|are|were|was|'s|'re|} {judging|laughing at|talking about|looking down on} me",
      '{nobody|no one} {likes|cares about|wants|loves|understands} me',
      "{he|she|they} {doesn't|don't|does not|do not} {like|care about|want|love} me",
      '{he|she|they|people} {sees|see} me as',
      'i {can tell|just know|know} {they|he|she|everyone|people} {think|thinks|hate|hates|are|is}',
      '{everyone|everybody} else {thinks|seems|sees|knows|is judging}',
    ),
  },
  {
    id: 'client.distortion.fortune_telling',
    distortion: 'fortune_telling',
    description: 'Predicts a bad outcome as if it were already settled.',
    example: "I'll never find someone who stays.",
    source: BECK,
    terms: expand(
      "{i'll|ill|i will|it'll|it will|things will|they'll|they will} never",
      "{i'm|im|i am|it's|its|it is|things are} {never|not ever} going to",
      "{it's|its|it is|this is|everything is} going to {go wrong|fail|be a disaster|end badly|get worse}",
      "{it won't|it will not|it's not going to|that won't} {work|help|change|get better}",
      "{i'm|im|i am} going to {fail|mess|screw|lose|end up}",
      "{i'll|ill|i will} {fail|end up|always be|be alone|mess it up|screw it up|lose}",
      'nothing {will|is going to|is ever going to} {change|help|work|get better}',
      '{no one|nobody} will ever',
      'something {bad|terrible|awful} {will|is going to} happen',
      '{will|is going to|is only going to} {only get worse|get worse}',
      "{i'm|im|i am} doomed",
      "{there's|theres|there is} no {hope|point|way out}",
      'what if',
      `${I_AM} {afraid|scared|terrified|worried} {that|of|${CLAUSE}}`,
      'i {worry|fear} {that|about|${CLAUSE}}',
    ),
  },
  {
    id: 'client.distortion.magnification',
    distortion: 'magnification',
    description: 'Blows a setback up into a catastrophe.',
    example: 'It was a total disaster and now everything is ruined.',
    source: BECK,
    terms: expand(
      '{disaster|disastrous|catastrophe|catastrophic|unbearable|devastating|nightmare|ruined}',
      'the worst',
      'end of the world',
      "{i|i just} {can't|cant|cannot} {cope|handle it|handle this|take it|take this|stand it|bear it|deal with it}",
      "{can't|cant|cannot} take it anymore",
      '{my life is|everything is} over',
      'falling apart',
      'ruin my life',
    ),
  },
  {
    id: 'client.distortion.emotional_reasoning',
    distortion: 'emotional_reasoning',
    description: 'Treats a feeling as evidence of a fact: "I feel it, so it must be true".',
    example: 'I feel like a failure, so I must be one.',
    source: BECK,
    terms: expand(
      `i {just|} {feel|felt} like ${CLAUSE}`,
      'i {just|} {feel|felt} {as if|as though}',
      `{makes|made} me feel {like|as if|as though|so|${FEELINGS}}`,
      `i {just|} {feel|felt} {so|} ${FEELINGS}`,
      '{because|since|so} i feel',
      "{it|it just} {feels|felt} like {everyone|everybody|nobody|no one|i'm|im|i am}",
    ),
  },
  {
    id: 'client.distortion.overgeneralization',
    distortion: 'overgeneralization',
    description: 'One event read as a never-ending pattern.',
    example: 'This always happens to me, every single time.',
    source: BECK,
    terms: expand(
      '{always happens|never works|every time|everytime|every single time|again and again}',
      '{everyone|everybody|people|they|men|women|things} always',
      '{nobody|no one|nothing} ever',
      'i {always|never} {end up|mess|screw|ruin|fail|get|do anything right}',
      'everything always',
      'i {always|never}',
      '{all|every} {men|women|guys|girls} {are|do|will}',
    ),
  },
  {
    id: 'client.distortion.all_or_nothing',
    distortion: 'all_or_nothing',
    description: 'Sees things in two boxes: total success or total failure.',
    example: "If it isn't perfect, it is completely worthless.",
    source: BECK,
    terms: expand(
      '{total|complete|utter} {failure|disaster|waste|mess}',
      '{perfect|perfection|perfectionist}',
      'nothing {good|right|i do}',
      'everything i do',
      'all or nothing',
      'black and white',
      '{never|not} good enough',
      'good for nothing',
      '{a hundred|one hundred|100} percent',
    ),
  },
  {
    id: 'client.distortion.all_or_nothing.either_or',
    distortion: 'all_or_nothing',
    guard: 'either_or',
    description: '"either ... or" in one sentence: only two options seen.',
    example: 'Either I get this job or my life is over.',
    counterExample: "I don't like that either.",
    source: BECK,
    terms: ['either'],
  },
  {
    id: 'client.distortion.all_or_nothing.percent',
    distortion: 'all_or_nothing',
    guard: 'percent',
    description: 'A bare "100%" of effort or certainty.',
    example: "If I don't give 100% I've failed.",
    counterExample: 'It cost 100 dollars.',
    source: BECK,
    terms: ['100'],
  },
  {
    id: 'client.distortion.mental_filter',
    distortion: 'mental_filter',
    description: 'Dwells on one negative detail until it colours everything.',
    example: 'All I can think about is the one mistake I made.',
    source: BECK,
    terms: expand(
      'only {the bad|the negative|the mistakes}',
      'all i {can|could} {think about|think of|see|remember|focus on}',
      "{can't|cant|cannot|couldn't} {stop|help} {thinking|obsessing|worrying|dwelling|but think|but feel}",
      'keep {thinking about|replaying|going over|dwelling on}',
      '{dwell|dwelling} on',
      'the one {thing|mistake} {that|i}',
      'only {remember|see|notice|focus on} the',
    ),
  },
  {
    id: 'client.distortion.disqualifying_positive',
    distortion: 'disqualifying_positive',
    description: 'Explains good things away so they do not count.',
    example: 'She said I did well, but she was just being nice.',
    source: BECK,
    terms: expand(
      "{doesn't|doesnt|does not|didn't|did not} {really|} count",
      '{that was|it was|i was} just {luck|lucky}',
      'i {just|only} got lucky',
      '{anyone|anybody} could have',
      '{just|only} being {nice|polite|kind}',
      "{they're|theyre|they are|he's|she's|he is|she is|they were} just saying that",
      '{yes|yeah}, but',
      '{yes|yeah} but',
    ),
  },
  {
    id: 'client.distortion.personalization',
    distortion: 'personalization',
    description: 'Takes the blame for events that were not, or not only, in the client’s control.',
    example: "It's my fault they split up.",
    source: BECK,
    terms: expand(
      "{it's|its|it is|it was|all|this is|that's} my fault",
      '{because of|due to} me',
      'i blame myself',
      'i made {them|him|her} {do|feel|leave|angry|upset}',
      "if only i {had|hadn't|'d|was|were|could}",
      "{i'm|im|i am} to blame",
      "{i|i've|i have} ruined {it|everything|their|his|her}",
      '{something|what} i did wrong',
    ),
  },
];
