/** A word list as data: what it finds, an example, and where the idea comes from. */
export interface Lexicon {
  /** Stable id, e.g. `client.absolutist`; findings carry it. */
  id: string;
  description: string;
  /** A sentence we wrote in which the lexicon fires. */
  example: string;
  /** A sentence we wrote that looks alike but must not count, where a trap exists. */
  counterExample?: string;
  /** Paper, manual or "project" for our own clinical judgement. */
  source: string;
  /** Words or multi-word phrases, matched case-insensitively on whole tokens. */
  terms: readonly string[];
}

/** A rule as data, for rules whose logic lives in code: the id, its meaning and an example. */
export interface RuleInfo {
  id: string;
  description: string;
  example: string;
  /** A sentence the rule must not fire on, where a trap exists. */
  counterExample?: string;
  source: string;
}
