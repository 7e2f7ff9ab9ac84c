// One pass over the utterances sums what every report section needs, so that building
// the report stays linear in the number of findings and cheap next to the analysis.
import type { UtteranceAnalysis } from '../engine/types.js';
// DISTORTION_TYPES comes from the markers, not the report schema: that would load zod.
import {
  DISTORTION_TYPES as distortionTypes,
  emptyCounts,
  type DistortionType,
  type UtteranceCounts,
} from '../markers/types.js';
import type { Role } from '../transcript/types.js';

/** Label tallies for one role. */
export interface LabelTally {
  questions: number;
  open: number;
  closed: number;
  reflections: number;
  simple: number;
  complex: number;
  input: number;
  other: number;
  change: number;
  sustain: number;
  neutral: number;
}

/** Sums for one role. */
export interface RoleTotals {
  utterances: number;
  counts: UtteranceCounts;
  labels: LabelTally;
  distortionsByType: Record<DistortionType, number>;
  /** Utterance indexes with a reliance, crisis or widening-support signal. */
  relianceUtterances: number[];
  crisisUtterances: number[];
  wideningUtterances: number[];
}

/** Sums for the whole session. */
export interface Totals {
  words: number;
  byRole: Record<Role, RoleTotals>;
  speakers: Map<string, { role: Role; utterances: number; words: number }>;
}

const emptyTally = (): LabelTally => ({
  questions: 0,
  open: 0,
  closed: 0,
  reflections: 0,
  simple: 0,
  complex: 0,
  input: 0,
  other: 0,
  change: 0,
  sustain: 0,
  neutral: 0,
});

const emptyRole = (): RoleTotals => ({
  utterances: 0,
  counts: emptyCounts(),
  labels: emptyTally(),
  distortionsByType: Object.fromEntries(distortionTypes.map((t) => [t, 0])) as Record<
    DistortionType,
    number
  >,
  relianceUtterances: [],
  crisisUtterances: [],
  wideningUtterances: [],
});

/**
 * Add one utterance's counts into a total. Written out field by field: a loop over
 * Object.keys made property access megamorphic and was most of the report's cost.
 */
export function addCounts(into: UtteranceCounts, from: UtteranceCounts): void {
  into.words += from.words;
  into.we += from.we;
  into.institutionalWe += from.institutionalWe;
  into.i += from.i;
  into.you += from.you;
  into.doingTo += from.doingTo;
  into.credit += from.credit;
  into.questions += from.questions;
  into.openQuestions += from.openQuestions;
  into.closedQuestions += from.closedQuestions;
  into.socraticQuestions += from.socraticQuestions;
  into.presupposed += from.presupposed;
  into.conditional += from.conditional;
  into.hedges += from.hedges;
  into.confident += from.confident;
  into.future += from.future;
  into.widening += from.widening;
  into.absolutist += from.absolutist;
  into.distortions += from.distortions;
  into.change += from.change;
  into.sustain += from.sustain;
  into.reliance += from.reliance;
  into.crisis += from.crisis;
}

function tallyLabels(tally: LabelTally, u: UtteranceAnalysis): void {
  const { behaviour, questionType, reflectionType, talkType } = u.labels;
  if (behaviour === 'question') {
    tally.questions++;
    if (questionType === 'open') tally.open++;
    else if (questionType === 'closed') tally.closed++;
  } else if (behaviour === 'reflection') {
    tally.reflections++;
    if (reflectionType === 'simple') tally.simple++;
    else if (reflectionType === 'complex') tally.complex++;
  } else if (behaviour === 'therapist_input') tally.input++;
  else if (behaviour === 'other') tally.other++;
  if (talkType === 'change') tally.change++;
  else if (talkType === 'sustain') tally.sustain++;
  else if (talkType === 'neutral') tally.neutral++;
}

/** Sum counts, labels and signal positions per role and per speaker. */
export function sumTotals(utterances: readonly UtteranceAnalysis[]): Totals {
  const byRole: Record<Role, RoleTotals> = {
    therapist: emptyRole(),
    client: emptyRole(),
    other: emptyRole(),
  };
  const speakers: Totals['speakers'] = new Map();
  let words = 0;
  for (const u of utterances) {
    // Named loads, not byRole[u.role]: a keyed load with a string key was the loop's top cost.
    const t =
      u.role === 'therapist'
        ? byRole.therapist
        : u.role === 'client'
          ? byRole.client
          : byRole.other;
    t.utterances++;
    addCounts(t.counts, u.counts);
    tallyLabels(t.labels, u);
    words += u.counts.words;
    let reliance = false;
    let crisis = false;
    let widening = false;
    for (const f of u.findings) {
      if (f.code === 'distortion') t.distortionsByType[f.distortion]++;
      else if (f.code === 'crisis') crisis = true;
      else if (f.code === 'reliance') reliance = true;
      else if (f.code === 'widening_support') widening = true;
    }
    // Counts and findings come from the same rules; either one is enough to mark the turn.
    if (reliance || u.counts.reliance > 0) t.relianceUtterances.push(u.index);
    if (crisis || u.counts.crisis > 0) t.crisisUtterances.push(u.index);
    if (widening || u.counts.widening > 0) t.wideningUtterances.push(u.index);
    const s = speakers.get(u.speaker);
    if (s === undefined)
      speakers.set(u.speaker, { role: u.role, utterances: 1, words: u.counts.words });
    else {
      s.utterances++;
      s.words += u.counts.words;
    }
  }
  return { words, byRole, speakers };
}
