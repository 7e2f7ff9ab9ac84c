// Change and sustain talk cues (motivational interviewing), as data. Each cue lexicon has
// a subtype and a polarity: +1 leans towards change, -1 towards the status quo. The rule
// then flips polarity when the object is the status quo ("I want to keep drinking").
import { I_AM, expand } from '../../lexicons/client.js';
import type { Lexicon } from '../../lexicons/index.js';

/** The MI subtypes of change talk (DARN-CAT plus taking steps). */
export type TalkSubtype =
  'desire' | 'ability' | 'reason' | 'need' | 'commitment' | 'activation' | 'taking_steps';

/** A talk cue: which subtype, which way it leans before the object is read. */
export interface TalkCue extends Lexicon {
  subtype: TalkSubtype;
  polarity: 1 | -1;
}

const MI = 'Miller & Rollnick (2013), Motivational Interviewing, 3rd ed.; MISC 2.5';
const NOT = "{don't|dont|do not|didn't|really don't}";

/** Cue lexicons for change and sustain talk. */
export const talkCues: readonly TalkCue[] = [
  {
    id: 'client.talk.desire',
    subtype: 'desire',
    polarity: 1,
    description: 'Wanting, wishing or hoping for something different.',
    example: "I'd really like to get my evenings back.",
    source: MI,
    terms: expand(
      'i {really|just|} {want to|wanna|would like to|wish i could|hope to|hope i can}',
      "{i'd|id} {really|} {like|love} to",
    ),
  },
  {
    id: 'client.talk.desire.negated',
    subtype: 'desire',
    polarity: -1,
    description: 'Not wanting to do something (read together with its object).',
    example: "I don't want to stop seeing my friends at the pub.",
    source: MI,
    terms: expand(`i ${NOT} {want to|wanna|feel like}`, "{i'd|id} rather not"),
  },
  {
    id: 'client.talk.ability',
    subtype: 'ability',
    polarity: 1,
    description: 'Saying a change is possible for them.',
    example: 'I think I could manage one night off a week.',
    source: MI,
    terms: expand('i {can|could}', `${I_AM} able to`, 'i {know|think} i can'),
  },
  {
    id: 'client.talk.ability.negated',
    subtype: 'ability',
    polarity: -1,
    description: 'Saying a change is out of reach (read together with its object).',
    example: "I can't stop once I've started.",
    source: MI,
    terms: expand(
      "i {can't|cant|cannot|can not|couldn't|couldnt|could not}",
      `${I_AM} {not able|unable} to`,
      `i ${NOT} {think|know if|know how} i {can|could}`,
      `i ${NOT} know how to`,
    ),
  },
  {
    id: 'client.talk.reason',
    subtype: 'reason',
    polarity: 1,
    description: 'A reason to change: a benefit of changing or a cost of not changing.',
    example: 'It would be better for my kids if I came home sober.',
    source: MI,
    terms: expand(
      "{it would|it'd|itd} be {better|good|nice|great|easier}",
      '{better|good} for {me|my}',
      'for {my|the} {kids|children|family|health|sake}',
      "{it's|its|it is|it has been|it's been} {hurting|affecting|ruining|costing|damaging} {my|me}",
      `${I_AM} {worried|scared|afraid} {about|of|that}`,
      "i'd feel better",
      "{i see|there is|there's} a benefit",
      '{maybe|probably} i should',
      "{i'm|im|i am} working on",
    ),
  },
  {
    id: 'client.talk.reason.against',
    subtype: 'reason',
    polarity: -1,
    description: 'A reason to stay as they are: a benefit of the behaviour or a denial of harm.',
    example: "Honestly, it helps me relax after work, it's not that bad.",
    source: MI,
    terms: expand(
      '{it|that|drinking|smoking} {helps|help} me {relax|sleep|cope|unwind|calm down|forget}',
      '{it|that} {calms|relaxes} me',
      'i {like|love|enjoy} {drinking|smoking|a drink|a beer|my wine|getting high|a smoke}',
      "{it's|its|it is} not {a problem|that bad|so bad|a big deal|an issue|really a problem}",
      `i ${NOT} {have|see} {a problem|the point|why|any reason}`,
      'no reason to',
      '{everyone|everybody} {does it|drinks|smokes}',
    ),
  },
  {
    id: 'client.talk.need',
    subtype: 'need',
    polarity: 1,
    description: 'Saying a change is necessary.',
    example: 'I need to cut down before it gets any worse.',
    source: MI,
    terms: expand(
      'i {really|} {need|have|got} to',
      "{i've|ive} got to",
      '{something|things} {has|have|needs|need} to change',
      'i {must|should} {stop|cut|quit|change|give up|get}',
    ),
  },
  {
    id: 'client.talk.need.negated',
    subtype: 'need',
    polarity: -1,
    description: 'Saying a change is not necessary.',
    example: "I don't need to give it up completely.",
    source: MI,
    terms: expand(`i ${NOT} {need|have} to`, "{there's|there is|theres} no need"),
  },
  {
    id: 'client.talk.commitment',
    subtype: 'commitment',
    polarity: 1,
    description: 'A statement of intention or a promise to act.',
    example: "I'm going to pour the rest of it away tonight.",
    source: MI,
    terms: expand(
      "{i will|i'll|ill|i'm going to|im going to|i am going to|i'm gonna|im gonna} {stop|quit|cut|start|do|make|call|give|change|get|talk|definitely|limit|reduce|avoid|throw|pour|tell|ask|book|join}",
      'i {promise|plan|intend} to',
      `${I_AM} determined to`,
      "{i have|i've|ive} decided",
    ),
  },
  {
    id: 'client.talk.commitment.negated',
    subtype: 'commitment',
    polarity: -1,
    description: 'Refusing to act.',
    example: "I won't be giving up my Friday drinks.",
    source: MI,
    terms: expand(
      "i {won't|wont|will not|refuse to}",
      `${I_AM} not {going to|gonna}`,
      "{i'm|im} not gonna",
    ),
  },
  {
    id: 'client.talk.activation',
    subtype: 'activation',
    polarity: 1,
    description: 'Readiness or willingness, short of a full commitment.',
    example: "I'm willing to give it a go.",
    source: MI,
    terms: expand(
      `${I_AM} {ready|willing|prepared|open} to`,
      `${I_AM} {ready|willing}`,
      `${I_AM} up for`,
      "{i'll|ill|i will|i could|i can|i might} try",
      `${I_AM} {thinking about|considering}`,
    ),
  },
  {
    id: 'client.talk.activation.negated',
    subtype: 'activation',
    polarity: -1,
    description: 'Not ready or not willing.',
    example: "I'm not ready for that yet.",
    source: MI,
    terms: expand(`${I_AM} not {ready|willing|prepared|interested}`),
  },
  {
    id: 'client.talk.taking_steps',
    subtype: 'taking_steps',
    polarity: 1,
    description: 'Something already done towards the change.',
    example: "I've been cutting down to two drinks on weekdays.",
    source: MI,
    terms: expand(
      "{i've|ive|i have} {started|stopped|quit|cut|reduced|joined|tried|managed}",
      "{i've|ive|i have} been {cutting|trying|going|exercising|walking|working on}",
      'i {started|stopped|quit|joined|signed up}',
      "i {haven't|havent|have not} {had|drunk|smoked|used|touched}",
      'i cut {down|back}',
    ),
  },
];

/** Cues inside these are reported speech or open questions, not a stance: "how I'm gonna". */
export const talkExceptions: Lexicon = {
  id: 'client.talk.exception',
  description:
    'Embedded questions ("I don\'t know how I\'m going to...") that hold a cue without taking a side.',
  example: "I don't know how I'm going to pay for it all.",
  source: 'project',
  terms: expand(
    "{how|what|whether|if|why|when|where} {i'm|im|i am|i} {going to|gonna|can|could|will|should|need to|want to|have to}",
  ),
};

/** Objects that turn a cue around: doing more of the same rather than changing. */
export const statusQuoObjects: Lexicon = {
  id: 'client.talk.status_quo',
  description: 'Verbs of continuing: after a cue they flip its direction ("I can\'t keep...").',
  example: "I can't keep going like this.",
  source: MI,
  terms: expand(
    '{keep|continue|carry on|end up|stay|go on|live like|be like|go back}',
    '{keep|keeps|keeping} {on|going|doing|drinking|smoking|using}',
  ),
};

/**
 * Harms a client does not want: after "I don't want to" they make a reason to change, not
 * sustain talk ("I don't want to lose my licence"). Only negated desire reads them; after
 * other cues they keep their plain sense ("I want to lose weight" stays desire).
 */
export const harmObjects: Lexicon = {
  id: 'client.talk.harm_object',
  description:
    'A harm or loss as the object of not wanting: "I don\'t want to lose..." is a reason to change.',
  example: "I don't want to lose my licence over this.",
  source: MI,
  terms: expand(
    '{lose|hurt|harm|damage|ruin|wreck|risk|fail|die|regret|waste|jeopardize|relapse|disappoint}',
    '{screw|mess} {up|it up|things up|anything up}',
    'let {myself|them|him|her|you|everyone|anyone|my family|my kids|my kid|my wife|my husband} down',
    'go through {this|that|it} again',
    'feel {that way|this way|like this|like that} again',
    'feel {that way|this way|like this|like that}',
    'get {sick|ill|hurt|caught|arrested|fired|worse|in trouble}',
    'make {it|things|this|that|my} {worse|any worse}',
    'put {myself|my family|my kids|them} at risk',
  ),
};

/** Objects after which "I can" / "I want" is ordinary talk, not about change. */
export const neutralObjects: Lexicon = {
  id: 'client.talk.neutral_object',
  description:
    'Verbs of perceiving and saying: "I can see", "I can\'t remember" are not talk about change.',
  example: "I can't remember what I said.",
  source: 'project',
  terms: [
    'see',
    'remember',
    'say',
    'imagine',
    'tell',
    'believe',
    'think',
    'understand',
    'recall',
    'hear',
  ],
};

/** Words right after a cue that negate it ("I could never"). */
export const cueNegators: Lexicon = {
  id: 'client.talk.negator',
  description: 'A negation straight after a cue turns it around ("I could never").',
  example: 'I could never do that.',
  source: 'project',
  terms: ['not', 'never', 'hardly', 'barely', 'no', 'nothing'],
};
