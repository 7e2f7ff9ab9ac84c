// Thresholds as data, each with where it comes from, so a reviewer can check the
// number against its source and a clinic can see which ones are our own judgement.

/** A published (or project) threshold pair for one MITI summary score. */
export interface MitiThreshold {
  id: string;
  description: string;
  fair: number;
  good: number;
  source: string;
}

/** MITI summary-score thresholds the report grades against. */
export const mitiThresholds = {
  reflectionToQuestion: {
    id: 'miti.reflection_to_question',
    description: 'Reflections per question asked by the therapist.',
    fair: 1,
    good: 2,
    source: 'MITI 4.2.1 (Moyers, Manuel & Ernst, 2014), summary score thresholds',
  },
  percentComplexReflections: {
    id: 'miti.percent_complex_reflections',
    description: 'Complex reflections as a percent of all reflections.',
    fair: 40,
    good: 50,
    source: 'MITI 4.2.1 (Moyers, Manuel & Ernst, 2014), summary score thresholds',
  },
  percentOpenQuestions: {
    id: 'miti.percent_open_questions',
    description: 'Open questions as a percent of all questions.',
    fair: 50,
    good: 70,
    source: 'MITI 3.1.1 (Moyers, Martin, Manuel, Miller & Ernst, 2010); dropped from MITI 4',
  },
} as const satisfies Record<string, MitiThreshold>;

/** A threshold that raises an alert, with its source. */
export interface AlertThreshold {
  value: number;
  source: string;
}

/** Alert thresholds. Those marked "project" are our judgement and are meant to be tuned. */
export const alertThresholds = {
  /** Questions/reflections needed before MITI alerts fire: a few turns say little. */
  minimumBehaviours: {
    value: 4,
    source: 'project: below four coded behaviours a ratio is mostly noise',
  },
  /** Therapist percent of all words above which the talk-share alert fires. */
  highTalkShare: {
    value: 60,
    source:
      'project; direction from ReadMI (more therapist talk, fewer MI-consistent behaviours, r = -0.40)',
  },
  /** Client absolutist words per 100 words in ordinary writing (our estimate). */
  absolutistBaseline: {
    value: 1,
    source:
      'project estimate of a plain-speech rate; Al-Mosaiwi & Johnstone (2018) report rates relative to control forums',
  },
  /** Multiple of the baseline that counts as a spike. */
  absolutistSpikeFactor: {
    value: 1.5,
    source:
      'Al-Mosaiwi & Johnstone (2018): anxiety and depression forums used about half as many again as controls',
  },
  /** Client words needed before the absolutist rate is judged. */
  absolutistMinimumWords: {
    value: 100,
    source: 'project: a rate over fewer words swings on a single word',
  },
  /** Reliance signals that make the watch a concern even when support was widened. */
  relianceConcernSignals: {
    value: 3,
    source: 'project',
  },
} as const satisfies Record<string, AlertThreshold>;
