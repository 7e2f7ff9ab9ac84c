/** The crisis family's code-based rules, documented as data beside the lexicons. */
import type { RuleInfo } from '../../lexicons/index.js';

const SOURCE = 'project: safety policy for crisis statements (field guide, safety section)';

/** Rules that shape crisis findings after the lexicons have matched. */
export const crisisRuleData: readonly RuleInfo[] = [
  {
    id: 'crisis.negation',
    description:
      'A negator right before a statement (only filler words between) marks the finding negated; it never removes it. "I don\'t want to die" is protective but still names dying, so it stays flagged, negated, for the clinician to judge.',
    example: "I'm not going to kill myself, I promise.",
    source: SOURCE,
  },
  {
    id: 'crisis.guard',
    description:
      'Words right before or after a hit that show an everyday use (cut myself shaving, career suicide, a note left for the plumber) drop that hit; each lexicon lists its own.',
    example: 'I burned myself on purpose last night.',
    counterExample: 'I burned myself on the oven making dinner.',
    source: SOURCE,
  },
  {
    id: 'crisis.merge',
    description:
      'Overlapping hits become one finding of the gravest kind (intent, plan, method, self-harm, ideation, indirect, slang), spanning all their words.',
    example: "I'm going to kill myself tonight.",
    source: SOURCE,
  },
  {
    id: 'crisis.subject',
    description:
      'Only statements with the speaker as subject are flagged (myself, my life, I). Third-person reports such as a character in a book who killed himself are not crisis statements; the word "suicide" itself is always flagged, since a client naming it is worth a look.',
    example: 'Sometimes I think about killing myself.',
    counterExample: 'In the novel the detective killed himself in the last chapter.',
    source: SOURCE,
  },
];
