// `alliance eval annomi`: runs the real engine over every AnnoMI transcript and scores its
// labels against the experts' majority. With `cv`, models are retrained per grouped fold
// and each held-out fold is analysed with its own fold's models (honest on training data).
import { Engine } from '../engine/index.js';
import type { UtteranceAnalysis } from '../engine/index.js';
import type { Behaviour, TalkType } from '../markers/types.js';
import {
  weightsMetadata,
  TASK_CLASSES,
  TASK_NAMES,
  type LabelModels,
  type TaskName,
  type TrainOptions,
} from '../models/index.js';
import { type AnnomiLabels, type AnnomiSession, parseAnnomi, taskLists } from './annomi-data.js';
import { humanAgreement, type AgreementResult } from './agreement.js';
import { captureFeatures, groupFolds, innerFolds, trainLabelModels } from './fit.js';
import { type TaskMetrics, aucMannWhitney, taskMetrics } from './metrics.js';
import { mitiProxyScore } from './session-score.js';

/** Options for the AnnoMI evaluation. */
export interface AnnomiEvalOptions {
  /** Grouped cross-validation folds: train per fold, predict out of fold (honest on training data). */
  cv?: number;
  /** Rules only: no models, the question-mark fallback and the rules' counts (a baseline). */
  rulesOnly?: boolean;
  /** Training hyperparameters for the per-fold models (defaults: the shipped ones). */
  train?: Partial<TrainOptions>;
}

/** How well the session score ranks high- above low-quality MI transcripts. */
export interface SessionQualityResult {
  auc: number;
  /** Which score was ranked: the report's `sessionScore`, or our MITI proxy when absent. */
  score: 'report.sessionScore' | 'miti-proxy';
  high: number;
  low: number;
  /** AUC of the same score computed from the experts' labels (separates label errors from the formula). */
  goldLabelsAuc?: number;
}

/** The typed result of `evalAnnomi`. */
export interface AnnomiEvalResult {
  kind: 'annomi';
  file: 'simple' | 'full';
  /** 'shipped-weights': honest only on data the weights never saw; 'grouped-cv': out of fold. */
  mode: 'shipped-weights' | 'grouped-cv' | 'rules-only';
  folds?: number;
  transcripts: number;
  utterances: number;
  tasks: Record<TaskName, TaskMetrics>;
  sessionQuality: SessionQualityResult;
  humanAgreement?: AgreementResult;
  /**
   * Shipped-weights mode: transcripts whose video the shipped weights were trained on.
   * Above zero, the figures are not an honest estimate (use `cv` instead).
   */
  seenInTraining?: number;
}

const goldField: Record<TaskName, keyof AnnomiLabels> = {
  therapistBehaviour: 'behaviour',
  questionType: 'questionType',
  reflectionType: 'reflectionType',
  clientTalkType: 'talkType',
};
const predictedField: Record<TaskName, keyof UtteranceAnalysis['labels']> = {
  therapistBehaviour: 'behaviour',
  questionType: 'questionType',
  reflectionType: 'reflectionType',
  clientTalkType: 'talkType',
};

/** Evaluate the engine against an AnnoMI-format CSV (simple or full). */
export function evalAnnomi(csv: string, options: AnnomiEvalOptions = {}): AnnomiEvalResult {
  const { sessions, full } = parseAnnomi(csv);
  const analysed =
    options.rulesOnly === true
      ? run(sessions, new Engine({ models: null, everySubtype: true }))
      : options.cv === undefined
        ? run(sessions, new Engine({ everySubtype: true }))
        : runFolds(sessions, options.cv, options.train);
  const gold = taskLists();
  const predicted = taskLists();
  const high: number[] = [];
  const low: number[] = [];
  const goldHigh: number[] = [];
  const goldLow: number[] = [];
  let fromReport = true;
  let utterances = 0;
  sessions.forEach((session, s) => {
    const result = analysed[s];
    if (result === undefined) return;
    session.utterances.forEach((u, i) => {
      utterances++;
      const labels = result.utterances[i]?.labels;
      for (const task of TASK_NAMES) {
        const g = u.gold[goldField[task]];
        if (g === undefined) continue;
        gold[task].push(g);
        predicted[task].push(String(labels?.[predictedField[task]] ?? 'none'));
      }
    });
    fromReport &&= result.score !== undefined;
    const score = result.score ?? mitiProxyScore(result.utterances);
    if (session.quality === 'high') high.push(score);
    else if (session.quality === 'low') low.push(score);
    if (result.goldScore !== undefined && session.quality === 'high')
      goldHigh.push(result.goldScore);
    else if (result.goldScore !== undefined && session.quality === 'low')
      goldLow.push(result.goldScore);
  });
  const tasks = Object.fromEntries(
    TASK_NAMES.map((t) => [t, taskMetrics(gold[t], predicted[t], TASK_CLASSES[t])]),
  ) as Record<TaskName, TaskMetrics>;
  const result: AnnomiEvalResult = {
    kind: 'annomi',
    file: full ? 'full' : 'simple',
    mode:
      options.rulesOnly === true
        ? 'rules-only'
        : options.cv === undefined
          ? 'shipped-weights'
          : 'grouped-cv',
    transcripts: sessions.length,
    utterances,
    tasks,
    sessionQuality: {
      auc: aucMannWhitney(high, low),
      score: fromReport ? 'report.sessionScore' : 'miti-proxy',
      high: high.length,
      low: low.length,
    },
  };
  if (options.cv !== undefined && options.rulesOnly !== true) result.folds = options.cv;
  if (result.mode === 'shipped-weights') {
    const trained = new Set(weightsMetadata?.videos ?? []);
    result.seenInTraining = sessions.filter((s) => trained.has(s.video)).length;
  }
  if (fromReport) result.sessionQuality.goldLabelsAuc = aucMannWhitney(goldHigh, goldLow);
  if (full) result.humanAgreement = humanAgreement(sessions);
  return result;
}

interface Analysed {
  utterances: UtteranceAnalysis[];
  score: number | undefined;
  /** The report's score computed from the experts' labels: the ceiling of the score formula. */
  goldScore: number | undefined;
}

/** Subtypes only where the behaviour says so, as the report expects them. */
function reportLabels(u: UtteranceAnalysis): UtteranceAnalysis {
  const { questionType, reflectionType, ...rest } = u.labels;
  const labels: UtteranceAnalysis['labels'] = rest;
  if (questionType !== undefined && labels.behaviour === 'question')
    labels.questionType = questionType;
  if (reflectionType !== undefined && labels.behaviour === 'reflection')
    labels.reflectionType = reflectionType;
  return { ...u, labels };
}

function sessionScoreOf(
  engine: Engine,
  session: AnnomiSession,
  utterances: UtteranceAnalysis[],
): number | undefined {
  const report = engine.report(session.transcript, utterances) as unknown as Record<
    string,
    unknown
  >;
  return typeof report.sessionScore === 'number' ? report.sessionScore : undefined;
}

/** The same utterances carrying the experts' labels instead of the engine's. */
function withGold(
  session: AnnomiSession,
  utterances: readonly UtteranceAnalysis[],
): UtteranceAnalysis[] {
  return utterances.map((u, i) => {
    const gold = session.utterances[i]?.gold ?? {};
    const labels: UtteranceAnalysis['labels'] = { because: ['gold'] };
    if (gold.behaviour !== undefined) labels.behaviour = gold.behaviour as Behaviour;
    if (gold.questionType !== undefined)
      labels.questionType = gold.questionType as 'open' | 'closed';
    if (gold.reflectionType !== undefined)
      labels.reflectionType = gold.reflectionType as 'simple' | 'complex';
    if (gold.talkType !== undefined) labels.talkType = gold.talkType as TalkType;
    return { ...u, labels };
  });
}

function analyse(engine: Engine, session: AnnomiSession): Analysed {
  // Scored with every subtype predicted; the report sees only the subtypes the engine shows users.
  const utterances = engine.analyzeUtterances(session.transcript);
  return {
    utterances,
    score: sessionScoreOf(engine, session, utterances.map(reportLabels)),
    goldScore: sessionScoreOf(engine, session, withGold(session, utterances)),
  };
}

function run(sessions: readonly AnnomiSession[], engine: Engine): Analysed[] {
  return sessions.map((s) => analyse(engine, s));
}

function runFolds(
  sessions: readonly AnnomiSession[],
  k: number,
  train?: Partial<TrainOptions>,
): Analysed[] {
  const folds = groupFolds(sessions, k);
  const data = captureFeatures(sessions);
  const out: Analysed[] = new Array<Analysed>(sessions.length);
  for (let fold = 0; fold < k; fold++) {
    const use = (s: number): boolean => folds[s] !== fold;
    const models: LabelModels = trainLabelModels(data, use, train, innerFolds(sessions, use));
    const engine = new Engine({ models, everySubtype: true });
    sessions.forEach((s, i) => {
      if (folds[i] === fold) out[i] = analyse(engine, s);
    });
  }
  return out;
}
