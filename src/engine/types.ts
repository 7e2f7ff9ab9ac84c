import type { Finding, Labels, UtteranceCounts } from '../markers/types.js';
import type { Role } from '../transcript/types.js';

/** The engine's result for one utterance: what was said, its labels, findings and counts. */
export interface UtteranceAnalysis {
  index: number;
  speaker: string;
  role: Role;
  text: string;
  start?: number;
  end?: number;
  labels: Labels;
  findings: Finding[];
  counts: UtteranceCounts;
}
