// A fallback session score for the quality AUC, used only when the report carries no
// `sessionScore`: the mean of the three MITI summary figures, each as a fraction of its
// published "good" level (reflections per question 2:1, 50% complex, 70% open).
import type { UtteranceAnalysis } from '../engine/index.js';

/** MITI proxy in [0, 1] from the engine's utterance labels. */
export function mitiProxyScore(utterances: readonly UtteranceAnalysis[]): number {
  let questions = 0;
  let open = 0;
  let reflections = 0;
  let complex = 0;
  for (const u of utterances) {
    const l = u.labels;
    if (l.behaviour === 'question') {
      questions++;
      if (l.questionType === 'open') open++;
    } else if (l.behaviour === 'reflection') {
      reflections++;
      if (l.reflectionType === 'complex') complex++;
    }
  }
  const part = (value: number, good: number): number => Math.min(value / good, 1);
  const ratio = questions === 0 ? (reflections > 0 ? 1 : 0) : part(reflections / questions, 2);
  const pctComplex = reflections === 0 ? 0 : part(complex / reflections, 0.5);
  const pctOpen = questions === 0 ? 0 : part(open / questions, 0.7);
  return (ratio + pctComplex + pctOpen) / 3;
}
