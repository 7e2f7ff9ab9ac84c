// Crisis statements as data. Recall comes first (a missed disclosure can cost a life), so
// the lists are broad; false alarms on figurative speech are kept down by guards on the
// words right before or after a hit, never by dropping a phrase a client might really use.
// Phrases never start with very common words (i, to, the, my...): the shared matcher indexes
// phrases by first token, and a phrase starting with "i" would be tried at every "I".
import type { CrisisKind } from '../markers/types.js';
import { expansion } from './precompiled.js';
import type { Lexicon } from './types.js';

/** A crisis lexicon: the kind of statement it finds and the contexts that make a hit harmless. */
export interface CrisisLexicon extends Lexicon {
  kind: CrisisKind;
  /** Phrases that, right after a hit, make it harmless ("cut myself shaving"). */
  blockNext?: readonly string[];
  /** Phrases that, right before a hit, make it harmless ("career suicide"). */
  blockPrev?: readonly string[];
  /** When set, a hit counts only before one of these phrases or at the end of a clause. */
  needNext?: readonly string[];
  /** When set, a hit counts only right after one of these (the client as subject: "I won't..."). */
  needPrev?: readonly string[];
}

/**
 * Expand `{a|b|}` alternatives (nestable) into every phrase they describe; an empty
 * alternative makes the group optional. Keeps hundreds of inflected variants readable.
 * Served from the build-time table (precompiled.ts).
 */
export function expand(...patterns: readonly string[]): string[] {
  return expansion('crisis', patterns, expandPatterns);
}

/** `expand` computed from the patterns (the generator and the table's test use it). */
export function expandPatterns(patterns: readonly string[]): string[] {
  const out = new Set<string>();
  const walk = (pattern: string): void => {
    const open = pattern.indexOf('{');
    if (open < 0) {
      out.add(pattern.replace(/\s+/g, ' ').trim());
      return;
    }
    // Split the outermost group at its own pipes; inner groups expand on the next walk.
    const alts: string[] = [];
    let depth = 0;
    let from = open + 1;
    for (let i = open + 1; i < pattern.length; i++) {
      const c = pattern[i];
      if (c === '{') depth++;
      else if (c === '}' && depth > 0) depth--;
      else if (c === '|' && depth === 0) {
        alts.push(pattern.slice(from, i));
        from = i + 1;
      } else if (c === '}') {
        alts.push(pattern.slice(from, i));
        for (const alt of alts) walk(pattern.slice(0, open) + alt + pattern.slice(i + 1));
        return;
      }
    }
    throw new Error(`unclosed group in pattern ${pattern}`);
  };
  patterns.forEach(walk);
  return [...out];
}

const SOURCE =
  'project: clinical judgement on common disclosure phrasings (see the field guide, crisis statements)';
const NOT = "{don't|dont|do not|didn't|didnt|did not|never}";
const WANT = '{want|wants|wanna|wanted|wanting|wish|wished|need|needed}';
const KILL = '{kill|killing|killed|kills|kil}';
const END = '{end|ending|ended|ends}';
const TAKE = '{take|taking|took|takes}';
const CUT = '{cut|cutting|cuts}';
const HURT = '{hurt|hurting|hurts|harm|harming|harmed}';
const BURN = '{burn|burning|burned|burnt|burns}';
const LIFE = '{my life|my own life}';
const PILL_NAMES =
  '{pills|pill|tablets|sleeping pills|sleeping tablets|painkillers|paracetamol|acetaminophen|tylenol|advil|ibuprofen|aspirin|benadryl|xanax|meds|insulin}';
const PILLS = `{${PILL_NAMES}|my meds|my pills|my medication}`;
// After "end it", these words show a song, a meeting or a relationship is ending.
const END_IT_HARMLESS = expand(
  '{with|between|there|here for|for today|for now|early|on a|on the|at|by|off|properly|nicely}',
);

/** Every crisis lexicon, most severe kinds first. */
export const crisisLexiconData: readonly CrisisLexicon[] = [
  {
    id: 'crisis.intent.stated',
    kind: 'intent',
    description: 'States an intention or a decision to end their life.',
    example: "I've made up my mind, I'm going to kill myself.",
    source: SOURCE,
    terms: expand(
      `{going to|gonna|planning to|plan to|decided to|about to|ready to} {${KILL} myself|${END} ${LIFE}|end it all|${TAKE} ${LIFE}|hang myself|overdose}`,
      `{will|i'll|ill} {kill myself|end ${LIFE}|end it all|take ${LIFE}}`,
      `{kill myself|end ${LIFE}|end it all} {tonight|tomorrow|this weekend|soon}`,
      '{last night alive|last day alive|last night on earth}',
    ),
  },
  {
    id: 'crisis.intent.end_it',
    kind: 'intent',
    description:
      'Says they are going to "end it", or when, unless a song, meeting or relationship is meant.',
    example: "I'm going to end it tonight, I've decided.",
    source: SOURCE,
    terms: expand(
      '{going to|gonna|planning to|plan to|decided to|about to|ready to} end it',
      'end it {tonight|tomorrow|this weekend|soon}',
    ),
    blockNext: END_IT_HARMLESS,
  },
  {
    id: 'crisis.plan.preparation',
    kind: 'plan',
    description: 'Preparations for dying: a suicide note, affairs put in order.',
    example: "I've put my affairs in order so nobody has to sort things out.",
    source: SOURCE,
    terms: expand('{suicide|goodbye|farewell} {note|letter|notes|letters}', 'affairs in order'),
    blockNext: expand(
      '{for work|at work|for the office|for the move|before the move|before moving}',
    ),
  },
  {
    id: 'crisis.plan.note',
    kind: 'plan',
    description: 'Has written a note, when nothing says it is an everyday note.',
    example: 'Last week I wrote a note for my kids.',
    source: SOURCE,
    terms: expand('{wrote|written|writing|write|left|leave} {a|my|the} note'),
    needNext: expand(
      'for {my|everyone|them|my family|my kids|my parents}',
      'to {everyone|my family|my kids|my parents|them}',
      '{just in case|already|explaining|saying goodbye|in case|last week|last night|yesterday|this morning}',
    ),
  },
  {
    id: 'crisis.method.overdose',
    kind: 'method',
    description: 'Asks about or has taken a lethal amount of medication, or is hoarding it.',
    example: 'How many pills would it take, do you think?',
    source: SOURCE,
    terms: expand(
      // Anchored on the medicine, not on "how many": the matcher indexes phrases by first word.
      `${PILL_NAMES} {would it take|does it take|will it take|to die|to overdose|to kill myself|would kill me|would be lethal|would be enough}`,
      '{lethal|fatal|deadly} {dose|amount|overdose}',
      "{overdose|overdosed|overdosing|od'd|oded}",
      `{overdose|overdosed|overdosing|od'd|od} {of|on} ${PILLS}`,
      '{take|taking|took|swallow|swallowed|swallowing|downing|downed} {all|} {the whole bottle|a whole bottle|all my pills|all the pills|all of my pills|the whole packet|all my meds}',
      `{stockpiling|stockpiled|hoarding|hoarded|saving up|saved up|collecting} {my|} ${PILLS}`,
    ),
    // "An overdose of sugar": the named medicines above are longer phrases and still match.
    blockNext: ['of', 'on'],
    blockPrev: ['accidentally', 'accidental', 'caffeine', 'sugar', 'information'],
  },
  {
    id: 'crisis.method.means',
    kind: 'method',
    description: 'Names or has a means of dying: rope, noose, gun, heights, traffic, a blade.',
    example: 'I bought a rope and hid it in the garage.',
    source: SOURCE,
    terms: expand(
      '{noose|nooses}',
      'means to {end it|kill myself|end my life|die|do it}',
      '{blow|blowing|blew} my {fucking|} brains out',
      '{bullet|gun} {in|to|through} my {head|brain|mouth}',
      '{bought|buy|buying|got|get|getting|have|found|tied|tie|tying} {a|the|some} rope',
      '{hang|hanging|hanged} myself',
      '{slit|slitting|slice|slicing|cut|cutting} my {wrists|wrist|throat}',
      '{shoot|shooting|drown|drowning|gas|gassing|poison|poisoning|starve|starving|suffocate} myself',
      '{jump|jumping|jumped|throw myself|throwing myself} {off|from|off of} {a|the|my|this|that} {bridge|building|roof|cliff|balcony|car park|tower}',
      '{jump|jumping|step|stepping|throw myself|walk|walking|lie|lying} in front of {a|the} {train|bus|truck|lorry|car|traffic}',
      '{crash|crashing|crashed} {my|the} car {on purpose|deliberately}',
      '{drive|driving|drove|steer|steering} {my car|the car|} {into a tree|into a wall|off a cliff|off a bridge|off the bridge|off the road|into traffic}',
      '{picking up|pick up|picked up|bought|buy|buying|got|get|getting|have} {a gun|a firearm}',
    ),
    blockNext: expand(
      '{swing|ladder|course|bridge|for climbing|for the boat|for camping|for the garden|for the tent|for a swing|for the swing}',
      'to {tie|climb|hang the|hang up}',
      '{licence|license|shop|range|club}',
    ),
  },
  {
    id: 'crisis.method.research',
    kind: 'method',
    description: 'Looks up ways to die, or the most painless or quickest way.',
    example: "I've been googling the most painless way.",
    source: SOURCE,
    terms: expand(
      '{painless|quickest|easiest|quick|easy|best|surest|fastest} {way|ways|method|methods} to {die|go|end it|kill myself|end my life}',
      '{most painless|least painful|least painless} {way|ways|method}',
      '{looking|looked|look|searching|searched|googling|googled|researching|researched} {at|up|for|into|} {bridges|ropes|nooses|methods|tall buildings|ways to die|how to die|how to kill myself|how to end my life|suicide methods}',
    ),
    blockNext: expand(
      'to {remove|learn|get|make|cook|clean|study|save|pay|travel|quit|stop|pull|take|have|give}',
      'for {my|a|the|our|work|school|college|class|uni} ',
    ),
  },
  {
    id: 'crisis.self_harm.act',
    kind: 'self_harm',
    description: 'Hurts themselves on purpose: cutting, burning, hitting, starving.',
    example: "I've started cutting again and I hide it from everyone.",
    source: SOURCE,
    terms: expand(
      `{${CUT}|${HURT}|${BURN}|hit|hitting|punch|punching|punched|scratch|scratching|scratched|bite|biting|bit} myself`,
      '{self|myself} {harm|harming|harmed|harms|injury|injuring|injure|mutilation}',
      'selfharm',
      '{cutting|cut|burning|hurting} again',
      '{started|start|been|keep|stopped|quit|relapsed} {cutting|burning myself|self harming}',
      '{urge|urges} to {cut|hurt myself|harm myself|burn myself}',
      '{razor|razors|blade|blades} {to|on|into|across} my {arm|arms|wrist|wrists|skin|leg|legs|thigh|thighs}',
      `${CUT} my {arms|arm|legs|leg|thighs|thigh|skin|stomach|hips|wrist}`,
      'starving myself',
    ),
    // An object after the verb ("cutting my own hair", "cut myself a slice") or an
    // accident's setting ("on the glass", "shaving") shows an everyday use.
    blockNext: expand(
      '{shaving|while shaving|cooking|chopping|slicing|gardening|playing|lifting|running|training|skiing|climbing|falling|when i fell|by accident|accidentally}',
      '{on a|on the|on some|on broken}',
      '{at the gym|at football|at work|at training|in the kitchen|in a fall}',
      '{back|down|out|up|off|corners|costs|my hair|my own|hair|carbs|sugar|class|classes|school|ties}',
      '{a|an|the|some|his|her|their|your|our}',
      'with {the iron|the kettle|the knife|a knife|the oven|hot water|the pan|a pan}',
    ),
    blockPrev: ['accidentally', 'nearly', 'almost'],
  },
  {
    id: 'crisis.ideation.death_wish',
    kind: 'ideation',
    description: 'Wishes to be dead or not to exist, or thinks about ending their life.',
    example: 'Some nights I just want to die and not wake up.',
    source: SOURCE,
    terms: expand(
      `${WANT} to {just|} {die|be dead|not exist|not be alive|stop existing|not wake up|disappear forever|disappear for good}`,
      "{wish|wished|wishing} {i was|i were|i'd|i had|i could|i would} {just|} {dead|die|died|never been born|not been born|not exist|not wake up|disappear}",
      '{wanna|deserve to|deserved to|long to|longing to|praying to|ready to} {die|be dead}',
      `${NOT} {want|wanna} to {live|be alive|exist|wake up|keep living|be here anymore|be here any more|be here any longer|be around anymore|be around any longer}`,
      `${NOT} {want|wanna} {live|be alive|exist}`,
      '{thinking|thought|thinks|think|dreaming|dreamed|daydreaming|fantasising|fantasizing|fantasise|fantasize|fantasised|fantasized|obsessing} {about|of|over} {dying|death|suicide|ending it|ending it all|not being here|not being alive|not existing}',
      `${KILL} {myself|my self|my own self}`,
      '{end|ending} myself',
      '{crave|craving|craved|long for|longing for|welcome|wish for|pray for|praying for} death',
      '{cease|ceasing} to exist',
      `{${END}|${TAKE}} ${LIFE}`,
      `${END} it all`,
      '{end|ending} everything',
      '{suicide|suicidal|suicidality}',
      '{commit|committing|committed|attempt|attempted|attempting} suicide',
      "{better off|be better} {dead|without me|if i was gone|if i were gone|if i wasn't here|if i weren't here|if i died|if i was dead|if i were dead|without me around}",
      'no reason to {keep on|keep|} {live|living|existing|exist|go on|going|stay alive|be alive|be here}',
      '{rather|sooner} {just|} {not exist|be dead|not be alive|not be here|die}',
      "{don't|dont|do not} plan on {living|being alive|being here|staying alive}",
      "{don't|dont|do not|didn't|didnt} deserve to {live|be alive|exist}",
      "{shouldn't|shouldnt|should not} {live|be alive|exist}",
      "{don't|dont|do not|can't|cant|cannot} {have|see|find|think of} {a|any} reason to {live|keep living|go on|keep going|stay alive}",
      '{nothing|no one|nobody} to live for',
      '{no|little|zero|lost the|lost my|lose the|losing my|losing the} {will|motivation|desire|wish} to {live|go on|keep going|exist|be alive|keep living}',
      "{no point|no reason|what's the point|whats the point} {in|of|} {living|being alive|existing|staying alive}",
      "{life|living} {isn't|is not|isnt|ain't|not} worth {living|it anymore|it any more}",
      '{not worth living|tired of living|tired of being alive|sick of living|sick of being alive|done with life|done with living|tired of life}',
      "{hope|hoping|wish|wishing|pray|praying} {i|to} {never|don't|dont|do not|wouldn't|won't|didn't} wake up",
      '{feel|feeling|felt} like dying',
      '{rather|sooner} {just|} die than {live|living|keep going|keep living|go on|going on|wake up|suffer|feel this|continue}',
      '{planning|planned|plan|planned out|thinking about} my {death|own death|suicide}',
      '{planned|planning|plan|planned on|planning on|plan on} dying',
      '{considering|considered|contemplating|contemplated|contemplate} {suicide|killing myself|ending it|ending it all|ending my life|ending things|dying}',
      '{end|ending} up {dead|dying by my own hand|dying by my own hands|killing myself|taking my own life|by my own hand}',
      `${NOT} {think|feel like|believe} {i|that i} {want|wanna|deserve} to {live|exist|be alive|be here}`,
      "{don't|dont|do not} {care enough|deserve|even want} to {live|be alive|exist|stay alive}",
      "{can't|cant|cannot} afford to {live|be alive|stay alive}",
      '{better|easier} to be dead',
      '{escape|way out|option|solution} {but|except|other than} {death|dying|suicide}',
      '{lie|lay|lie down|lay down|curl up|crawl into a hole|crawl in a hole|go to sleep|fall asleep} and die',
      '{hit by a|by a} {bus|car|truck|train} and die',
      '{should|might as well|may as well} {just|} die',
      'no longer {want|wish|wanna|care} to {live|be alive|exist|be here|stay alive}',
      "{wish|wished|wishing} {i|i'd|i had} {wasn't|weren't|was not|were not|hadn't been|had never been} {alive|here|born|around}",
      '{want|wanted|wants|wish|need} {my life|my existence|everything|it all|this life} to {end|be over|stop}',
      '{give|giving|gave|given} up on {life|living|being alive|staying alive}',
      '{end|ending} my {suffering|misery|existence}',
      '{end|ending|stop|stopping} {the|my|this} pain {forever|for good|permanently|once and for all}',
    ),
    blockNext: expand(
      '{my hair|her hair|his hair|your hair|their hair|the fabric|the shirt|it red|it blue|it black}',
      "{squad|squad's|doors|door|bomber|bombers|bombing|bombings|mission|missions|prevention|awareness|statistics|rates|rate|research}",
      '{than|of|laughing|with laughter|trying|working|on this hill|on that hill|on a hill|for my country}',
      'in {the film|the movie|the book|the show|the game}',
    ),
    blockPrev: ['career', 'political', 'social', 'commercial', 'electoral', 'financial', 'fashion'],
  },
  {
    id: 'crisis.ideation.end_it',
    kind: 'ideation',
    description:
      'Wants to "end it" or "end this", unless a song, meeting or relationship is meant.',
    example: 'Some days I just want to end it.',
    source: SOURCE,
    terms: expand(
      '{want|wanna|wanted|going|gonna|ready|decided|planning|plan|thinking of|need|needed} {to|} {just|} end it',
      "{just|should|shouldn't|might as well} end it",
      '{end it|end this} {now|right now|for good|forever}',
      '{time to|time i|should i not|why not} end it',
    ),
    blockNext: END_IT_HARMLESS,
  },
  {
    id: 'crisis.ideation.prefers_death',
    kind: 'ideation',
    description:
      'Hopes to die, whatever the cause named, or says death would be better or a relief.',
    example: 'Hopefully I die in my sleep, death would be a relief.',
    source: SOURCE,
    terms: expand(
      '{hope|hopefully|hoping} {i|i just} {die|will die|get to die|drop dead}',
      '{death|dying|being dead} {is|would be|seems|feels} {a lot|much|far|so much|way|} {better|easier|preferable}',
      '{death|dying|being dead} {is|would be|seems|feels} {a relief|the only way out|the only option|the answer|my only option}',
    ),
    // Unlike other death wishes, "of" and "than" do not clear these: "hope I die of a heart
    // attack" and "death would be better than this" are still wishes. Old age is not.
    blockNext: expand(
      '{laughing|of laughter|of embarrassment|of boredom|of shame|happy|old|of old age|peacefully at|surrounded by}',
    ),
  },
  {
    id: 'crisis.ideation.ending_things',
    kind: 'ideation',
    description: 'Speaks of ending things, unless a relationship, meeting or project is what ends.',
    example: "I've been close to ending things more than once this month.",
    source: SOURCE,
    terms: expand('{end|ending|ended} things'),
    blockNext: expand(
      '{with|between|off|on a|on the|early|there|here|for today|for now|at|by|properly|nicely|amicably|before|between us}',
    ),
  },
  {
    id: 'crisis.ideation.attempt',
    kind: 'ideation',
    description:
      'Names a suicide attempt of their own, past or coming; a previous attempt is a strong risk factor.',
    example: 'Since my last attempt my mum checks on me every night.',
    source: SOURCE,
    terms: expand(
      '{failed|botched|previous|unsuccessful} {attempt|attempts}',
      '{since|after|before} my {last|first|previous|recent|second|third|} {attempt|attempts}',
      '{attempted|attempt} {before|again|twice|once|last year|many times|a few times|several times}',
      '{survived|surviving|survive} {an|my|the|another} attempt',
      '{attempted|attempting|attempt|tried|trying} to {end it|kill myself|end my life|take my life|take my own life}',
    ),
    // "A failed attempt at baking", "my attempts to fix it": an object names the everyday try.
    blockNext: expand(
      '{at|to|on|of|for|in|was good|went well|scored|score|passed|failed}',
      '{it|this|that|the|a|an|my} {test|exam|recipe|cake|puzzle|level|job|interview|quiz|course}',
    ),
  },
  {
    id: 'crisis.intent.commit',
    kind: 'intent',
    description:
      'Says they are going to "commit" with nothing after it: the word left hanging means suicide.',
    example: "I think I'm finally gonna commit.",
    source: SOURCE,
    terms: expand('{gonna|going to|about to|might|might just|should just|finally} commit'),
    // A clause boundary must follow: "going to commit to the plan" is a promise, not a threat.
    needNext: [],
  },
  {
    id: 'crisis.indirect.want_out',
    kind: 'indirect',
    description: 'Wants out, with no place, job or relationship named after it.',
    example: "I'm so tired. I want out.",
    source: SOURCE,
    terms: expand('{want|wanna|need|needed|wanted} out'),
    // Only at the end of a clause: "want out of this job" names what they would leave.
    needNext: [],
  },
  {
    id: 'crisis.indirect.hopeless',
    kind: 'indirect',
    description: 'Cannot go on, is a burden, sees no point, wants it all to stop.',
    example: "I can't go on like this, I'm just a burden to everyone.",
    source: SOURCE,
    terms: expand(
      "{can't|cant|cannot|can not} {go on|keep going|carry on|do this anymore|do this any more|take it anymore|take it any more|take this anymore|cope anymore|keep doing this|live like this}",
      "{can't|cant|cannot|can not} {go on|carry on|keep going} {like this|this way|anymore|any more|any longer}",
      `${NOT} {want|wanna} to {go on|keep going|carry on}`,
      "{i'm|im|being|am|feel like|just} {a|such a} burden",
      '{burden|burdens} {to|on} {everyone|my family|them|everybody|you all|people}',
      'no point {anymore|any more|in anything|in trying|in even trying|to anything|to any of it|in going on|in carrying on}',
      '{want|wanna|need} {it|it all|everything|the pain|this} to {stop|end|be over}',
      'no way out',
      "{can't|cant|cannot} {stand|bear|handle|take} {this life|life|living|this pain|the pain} {anymore|any longer|any more}",
      '{leave|leaving} this world',
      'nothing left {for me|to live for}',
      '{disappear|vanish} {forever|for good|permanently}',
      '{sleep|go to sleep|fall asleep} {forever|and never wake up|and not wake up}',
      'never wake up again',
    ),
    blockNext: expand(
      '{the|a|an|that|holiday|vacation|stage|tv|twitter|tour|dates|trip|ride|rides|facebook|instagram|medication|meds|antidepressants}',
      '{raining|snowing|ringing|beeping|crying|barking|to}',
    ),
  },
  {
    id: 'crisis.indirect.weary',
    kind: 'indirect',
    description:
      'Is tired of everything or of existing, or names the one thing keeping them alive.',
    example: "I'm tired of everything. The only reason I'm still here is my sister.",
    source: SOURCE,
    terms: expand(
      '{tired of|done with|sick of} {everything|it all|all of it|existing|being here}',
      "{only reason|reason} {i'm|im|i am} {not dead|still alive|still here}",
    ),
    // What follows names an everyday target: "tired of everything being so dear", "still here at work".
    blockNext: expand(
      '{being|at|in|on|about|because|getting|having|going|costing|taking|for work|for the}',
    ),
  },
  {
    id: 'crisis.indirect.farewell',
    kind: 'indirect',
    description: 'Says goodbye, gives things away, or says they will soon be gone.',
    example: "I've been giving away my things, I won't need them where I'm going.",
    source: SOURCE,
    terms: expand(
      "{won't|wont|will not} be {here|around|a burden|alive} {much longer|for long|tomorrow|next week|by morning|anymore|any more|any longer}",
      "{won't|wont} be a burden",
      "{won't|wont|wouldn't|wouldnt} be missed",
      '{saying|say|said} goodbye to {everyone|everybody|my family|my friends|you all}',
      '{giving|give|gave|given} away {my|all my|all of my|most of my} {things|stuff|belongings|possessions|clothes|books|games|pets}',
    ),
    // Needs the speaker as subject; the start of a clause counts, since the subject is often dropped.
    needPrev: expand(
      "{i|i'm|im|probably|just|really|definitely|honestly|maybe|soon|been|started|already|and|so|am|was}",
    ),
    blockNext: expand(
      '{tonight|today|this evening|at the office|at work|to charity|to the charity}',
    ),
  },
  {
    id: 'crisis.indirect.gone',
    kind: 'indirect',
    description: 'Says they will soon be gone, or not here much longer.',
    example: "Don't worry about next month, I'll be gone by then.",
    source: SOURCE,
    terms: expand(
      "{i'll|ill} be {here|around|alive} {much longer|for much longer|for long}",
      "{i'll|ill} be gone {by morning|by tomorrow|by then|before morning|before tomorrow|soon|by the weekend|forever|for good}",
    ),
    blockNext: expand('{tonight|today|this evening|at the office|at work}'),
  },
  {
    id: 'crisis.slang.self',
    kind: 'slang',
    description: 'Online slang and coded spellings for suicide and self-harm.',
    example: 'Honestly some days I want to unalive myself.',
    source: 'project: common online euphemisms (unalive, sewerslide, kms, ctb)',
    terms: expand(
      '{kms|kys|ctb|kmsl}',
      '{unalive|unaliving|unalived|unalives}',
      '{sewerslide|sewer slide|sewerslid|su1c1de|suic1de|suicid3}',
      '{delete|deleting|yeet|yeeting|off|offing} myself',
      'commit die',
    ),
  },
];
