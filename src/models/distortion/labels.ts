// The dataset (Shreevastava & Foltz 2021) names ten distortions in its own words; the
// engine speaks DistortionType. This table is the one place the two meet.
import { DISTORTION_TYPES, type DistortionType } from '../../markers/types.js';

/**
 * Our eleventh type, `disqualifying_positive`, has no label in that dataset, so the model
 * never predicts it; only the rules can.
 */
export const TYPES_WITHOUT_TRAINING_DATA: readonly DistortionType[] = ['disqualifying_positive'];

/** The distortion types the model can predict, in weight-row order (stable: weights depend on it). */
export const MODEL_TYPES: readonly DistortionType[] = DISTORTION_TYPES.filter(
  (t) => !TYPES_WITHOUT_TRAINING_DATA.includes(t),
);

const LABELS: Readonly<Record<string, DistortionType>> = {
  'all-or-nothing thinking': 'all_or_nothing',
  overgeneralization: 'overgeneralization',
  'mental filter': 'mental_filter',
  'mind reading': 'mind_reading',
  'fortune-telling': 'fortune_telling',
  magnification: 'magnification',
  'emotional reasoning': 'emotional_reasoning',
  'should statements': 'should_statements',
  labeling: 'labeling',
  personalization: 'personalization',
};

/** A dataset label as the engine names it: a type, 'none', or undefined for an unknown label. */
export function parseDistortionLabel(label: string): DistortionType | 'none' | undefined {
  const key = label.trim().toLowerCase();
  if (key === 'no distortion') return 'none';
  return LABELS[key];
}

/** Row index of a type in the weight matrix, or -1 for a type the model does not know. */
export function typeRow(type: DistortionType): number {
  return MODEL_TYPES.indexOf(type);
}
