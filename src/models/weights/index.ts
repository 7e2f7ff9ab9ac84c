// Placeholder until `npm run train` writes the real weights.
import type { EncodedModel } from '../codec.js';
import type { TaskName } from '../tasks.js';

/** Shipped weights per task, or null before the first training run. */
export const encodedModels: Record<TaskName, EncodedModel> | null = null;
/** How the weights were produced. */
export const weightsMetadata: Record<string, unknown> | null = null;
