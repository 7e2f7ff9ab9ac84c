/** The analysis engine: pipeline, compiled engine and the `analyze` entry point. */
export { Engine, analyze, defaultEngine, type EngineOptions, type StageTiming } from './engine.js';
export { buildStages, allLexicons, type Stage } from './pipeline.js';
export type { UtteranceAnalysis } from './types.js';
