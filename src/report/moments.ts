// Moments worth another look. Selection goes round-robin over kinds in priority order,
// so that twenty closed questions do not crowd out the one doing-to remark or the one
// good reflection; crisis moments are never cut, whatever the limit.
import type { UtteranceAnalysis } from '../engine/types.js';
import type { Finding, FindingCode } from '../markers/types.js';
import type { Moment } from './schema.js';

/** Kinds of moment in priority order; `positive` ones are things to keep doing. */
export const momentKinds: readonly { code: FindingCode; positive: boolean }[] = [
  { code: 'crisis', positive: false },
  { code: 'conditional_change', positive: false },
  { code: 'closed_question', positive: false },
  { code: 'doing_to', positive: false },
  { code: 'distortion', positive: false },
  { code: 'reliance', positive: false },
  { code: 'credit', positive: true },
  { code: 'socratic_question', positive: true },
  { code: 'reflection', positive: true },
];

const rank = new Map(momentKinds.map((k, i) => [k.code, i]));

/** Default number of moments listed. */
export const DEFAULT_TOP_MOMENTS = 5;

function toMoment(u: UtteranceAnalysis, f: Finding, positive: boolean): Moment {
  const m: Moment = {
    utterance: u.index,
    code: f.code,
    rule: f.rule,
    start: f.start,
    end: f.end,
    positive,
  };
  if (f.suggestion !== undefined) m.suggestion = f.suggestion;
  return m;
}

/** Whether a finding makes a moment: only complex reflections are shown as good listening. */
function qualifies(u: UtteranceAnalysis, f: Finding): boolean {
  if (f.code === 'reflection') return u.labels.reflectionType === 'complex';
  if (f.code === 'conditional_change') return f.suggestion !== undefined;
  return true;
}

/** Candidates grouped by kind, one per utterance and kind, in transcript order. */
function candidates(utterances: readonly UtteranceAnalysis[]): Moment[][] {
  const groups: Moment[][] = momentKinds.map(() => []);
  for (const u of utterances) {
    for (const f of u.findings) {
      const r = rank.get(f.code);
      if (r === undefined || !qualifies(u, f)) continue;
      const group = groups[r];
      const kind = momentKinds[r];
      if (group === undefined || kind === undefined) continue;
      if (group.at(-1)?.utterance !== u.index) group.push(toMoment(u, f, kind.positive));
    }
  }
  return groups;
}

/** The top moments: all crisis moments, then up to `limit` in total, round-robin by kind. */
export function topMoments(utterances: readonly UtteranceAnalysis[], limit: number): Moment[] {
  const [crisis = [], ...rest] = candidates(utterances);
  const picked: Moment[] = [...crisis];
  const cursor = rest.map(() => 0);
  let progress = true;
  while (picked.length < limit && progress) {
    progress = false;
    for (let k = 0; k < rest.length && picked.length < limit; k++) {
      const m = rest[k]?.[cursor[k] ?? 0];
      if (m === undefined) continue;
      picked.push(m);
      cursor[k] = (cursor[k] ?? 0) + 1;
      progress = true;
    }
  }
  return picked.sort(
    (a, b) => (rank.get(a.code) ?? 0) - (rank.get(b.code) ?? 0) || a.utterance - b.utterance,
  );
}
