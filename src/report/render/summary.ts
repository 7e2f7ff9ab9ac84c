// The report as a document: alerts (crisis first), strategies with their drivers, the
// MITI table, the client side and the moments. Text, Markdown and HTML all draw this.
import type { UtteranceAnalysis } from '../../engine/types.js';
import {
  alertText,
  crisisKindNames,
  distortionNames,
  driverText,
  findingNames,
  levelNames,
  momentNotes,
  plural,
  strategyNames,
} from '../messages.js';
import type { Alert, Level, Moment, Report } from '../schema.js';
// From the markers, not the report schema: the schema module would load zod.
import { DISTORTION_TYPES as distortionTypes } from '../../markers/types.js';
import { run, turnRun, type Block, type Line, type Run, type Style } from './doc.js';

const levelStyle: Record<Level, Style> = {
  good: 'good',
  fair: 'fair',
  below: 'below',
  'n/a': 'muted',
};
const num = (v: number | null, unit = ''): string => (v === null ? '-' : `${v}${unit}`);

/** The utterance with this index; indexes are normally positions, so try that first. */
export function utteranceAt(report: Report, index: number): UtteranceAnalysis | undefined {
  const u = report.utterances[index];
  return u?.index === index ? u : report.utterances.find((x) => x.index === index);
}

/** The turn number people read: indexes count from 0, clinicians count turns from 1. */
export const turnNumber = (index: number): number => index + 1;

/** Who spoke a turn, for "Turn 12 (Sam)", linked to the turn in HTML. */
function turnLabel(report: Report, index: number, suffix: string, style?: Style): Run {
  const u = utteranceAt(report, index);
  const who = u === undefined ? '' : ` (${u.speaker})`;
  return turnRun(`Turn ${turnNumber(index)}${who}${suffix}`, index, style);
}

/** How the roles were decided, in words. */
const roleMethods: Record<'labels' | 'flags' | 'detected', string> = {
  labels: 'Roles from the speaker labels.',
  flags: 'Roles as set with --therapist/--client.',
  detected: 'Roles guessed from how each speaker talks; set them with --therapist/--client.',
};

/** "Therapist" when the name is the role, else "Dr Lee (therapist)". */
const speakerName = (name: string, role: string): string =>
  name.toLowerCase() === role ? name : `${name} (${role})`;

/** The words a finding points at, from the utterance text. */
export function spanText(u: UtteranceAnalysis | undefined, start: number, end: number): string {
  if (u === undefined) return '';
  return u.text.slice(Math.max(0, start), Math.min(u.text.length, end));
}

function alertLine(report: Report, a: Alert): Line {
  const style: Style =
    a.severity === 'critical' ? 'critical' : a.severity === 'warning' ? 'warning' : 'info';
  const line: Line = [
    run(a.severity === 'critical' ? 'CRISIS' : a.severity.toUpperCase(), style),
    run(' '),
  ];
  if (a.utterance !== undefined) line.push(turnLabel(report, a.utterance, '', 'strong'), run(': '));
  line.push(run(alertText(a)));
  if (a.code === 'crisis' && a.utterance !== undefined) {
    const u = utteranceAt(report, a.utterance);
    const f = u?.findings.find((x) => x.code === 'crisis');
    if (f?.code === 'crisis') {
      line.push(run(' "'), run(spanText(u, f.start, f.end), 'quote'), run('"'));
      line.push(
        run(` (${crisisKindNames[f.kind]}${f.negated ? ', with a negation' : ''})`, 'muted'),
      );
    }
  }
  if (a.rule !== undefined) line.push(run(` [${a.rule}]`, 'muted'));
  return line;
}

function header(report: Report): Block[] {
  const blocks: Block[] = [{ kind: 'heading', level: 1, text: 'Alliance session report' }];
  const who = report.speakers.map(
    (s) =>
      `${speakerName(s.name, s.role)}: ${plural(s.words, 'word')} in ${plural(s.utterances, 'turn')} (${s.talkShare}% of the words)`,
  );
  const how = report.roles === undefined ? '' : ` ${roleMethods[report.roles.method]}`;
  const src = report.source === undefined ? '' : `${report.source}. `;
  blocks.push({
    kind: 'para',
    line: [run(`${src}${plural(report.utterances.length, 'turn')}.${how}`, 'muted')],
  });
  if (who.length > 0) blocks.push({ kind: 'list', items: who.map((w) => [run(w)]) });
  return blocks;
}

function alerts(report: Report): Block[] {
  if (report.alerts.length === 0) return [];
  return [
    { kind: 'heading', level: 2, text: 'Alerts' },
    { kind: 'list', items: report.alerts.map((a) => alertLine(report, a)) },
  ];
}

function strategies(report: Report): Block[] {
  const blocks: Block[] = [{ kind: 'heading', level: 2, text: 'The three strategies' }];
  for (const key of ['team', 'learning', 'confidence'] as const) {
    const score = report.strategies[key];
    const style: Style = score >= 70 ? 'good' : score >= 40 ? 'fair' : 'below';
    blocks.push({
      kind: 'para',
      line: [run(`${strategyNames[key]}: `, 'strong'), run(`${score}/100`, style)],
    });
    const items = report.strategyDetails[key].map((d): Line => [
      run(d.direction === 'up' ? '+ ' : '- ', d.direction === 'up' ? 'good' : 'below'),
      run(driverText(d)),
    ]);
    if (items.length > 0) blocks.push({ kind: 'list', items, signed: true });
  }
  blocks.push({
    kind: 'para',
    line: [run('Session score (MI consistency): ', 'strong'), run(`${report.sessionScore}/100`)],
  });
  return blocks;
}

function miti(report: Report): Block[] {
  const m = report.miti;
  const row = (name: string, x: typeof m.reflectionToQuestion, unit: string): Line => [
    run(name),
    run(num(x.value, unit)),
    run(`${x.fair}${unit}`),
    run(`${x.good}${unit}`),
    run(levelNames[x.level], levelStyle[x.level]),
  ];
  const t = report.therapist;
  return [
    { kind: 'heading', level: 2, text: 'MITI summary' },
    {
      kind: 'table',
      head: ['Measure', 'Value', 'Fair', 'Good', 'Level'],
      align: ['left', 'right', 'right', 'right', 'left'],
      rows: [
        row('Reflections per question', m.reflectionToQuestion, ''),
        row('Complex reflections', m.percentComplexReflections, '%'),
        row('Open questions', m.percentOpenQuestions, '%'),
      ],
    },
    {
      kind: 'para',
      line: [
        run(
          `${t.questions} questions (${t.openQuestions} open, ${t.closedQuestions} closed, ${t.socraticQuestions} Socratic), ` +
            `${t.reflections} reflections (${t.simpleReflections} simple, ${t.complexReflections} complex). ` +
            `We-talk ${t.weTalk.per100Words} per 100 words; institutional "we" ${t.institutionalWe.count}. ` +
            `Therapist share of the talk ${t.talkShare}%.`,
          'muted',
        ),
      ],
    },
  ];
}

function client(report: Report): Block[] {
  const c = report.client;
  const rw = report.relianceWatch;
  const items: Line[] = [
    [run(`Absolutist words: ${c.absolutist.count} (${c.absolutist.per100Words} per 100 words)`)],
    [
      run(
        `Change talk ${c.changeTalk}, sustain talk ${c.sustainTalk}, neutral ${c.neutral}; change share ${num(c.changeTalkShare, '%')}`,
      ),
    ],
    [
      run('Reliance watch: '),
      run(rw.level, rw.level === 'none' ? 'good' : rw.level === 'watch' ? 'fair' : 'below'),
      run(
        ` (${plural(rw.clientSignals, 'client signal')}, ${plural(rw.wideningSupport, 'widening-support remark')})`,
      ),
    ],
  ];
  const types = distortionTypes
    .filter((d) => c.distortions.byType[d] > 0)
    .map((d) => `${distortionNames[d]} ${c.distortions.byType[d]}`);
  items.splice(1, 0, [
    run(
      `Distorted thinking: ${c.distortions.count}${types.length > 0 ? ` (${types.join(', ')})` : ''}`,
    ),
  ]);
  return [
    { kind: 'heading', level: 2, text: 'Client' },
    { kind: 'list', items },
  ];
}

function momentLine(report: Report, m: Moment): Line {
  const u = utteranceAt(report, m.utterance);
  const line: Line = [
    run(
      m.positive ? 'Good: ' : m.code === 'crisis' ? 'Crisis: ' : 'Look: ',
      m.positive ? 'positive' : m.code === 'crisis' ? 'critical' : 'warning',
    ),
    turnLabel(report, m.utterance, ''),
    run(`, ${findingNames[m.code]}: `),
    run(`"${spanText(u, m.start, m.end)}"`, 'quote'),
  ];
  // A suggestion on a therapist turn is a rewording; on a client turn it is a question
  // the therapist could ask, and "try" would read as advice to the client.
  const lead = u?.role === 'client' ? ' -> you could ask ' : ' -> try ';
  if (m.suggestion !== undefined) line.push(run(lead), run(`"${m.suggestion}"`, 'good'));
  line.push(run('.'));
  const note = momentNotes[m.code];
  if (note !== undefined) line.push(run(` ${note}`, 'muted'));
  return line;
}

function moments(report: Report): Block[] {
  if (report.moments.length === 0) return [];
  return [
    { kind: 'heading', level: 2, text: 'Moments worth another look' },
    { kind: 'list', items: report.moments.map((m) => momentLine(report, m)) },
  ];
}

/** The whole summary, in reading order. */
export function summaryBlocks(report: Report): Block[] {
  return [
    ...header(report),
    ...alerts(report),
    ...strategies(report),
    ...miti(report),
    ...client(report),
    ...moments(report),
  ];
}
