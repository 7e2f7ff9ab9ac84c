// Child process of the bench: the memory of each trained model's weights, counted as the
// typed arrays reachable from the decoded model after its first use. A fresh process, so
// the figure does not depend on what the bench did before.
import { crisisScorer } from '../src/markers/crisis/model.js';
import { packed } from '../src/models/labeler.js';
import { encodedModels } from '../src/models/weights/index.js';
import { shippedDistortionModel } from '../src/models/distortion/index.js';
import { typeLogits } from '../src/models/distortion/linear.js';

/** Bytes of the distinct typed-array buffers reachable from `root` (a model object). */
function typedArrayBytes(root: unknown): number {
  const seen = new Set<unknown>();
  let total = 0;
  const visit = (v: unknown, depth: number): void => {
    if (v === null || typeof v !== 'object' || seen.has(v) || depth > 6) return;
    seen.add(v);
    if (ArrayBuffer.isView(v)) {
      if (!seen.has(v.buffer)) {
        seen.add(v.buffer);
        total += v.buffer.byteLength;
      }
      return;
    }
    for (const value of Object.values(v)) visit(value, depth + 1);
  };
  visit(root, 0);
  return total;
}

const labels = encodedModels;
const distortion = shippedDistortionModel();
// First use builds the bucket-major copy of the type weights; it belongs to the model.
if (distortion !== null) typeLogits(distortion, new Int32Array(1), 1, new Float64Array(16));
const crisis = crisisScorer();
if (labels === null && distortion === null && crisis === null)
  process.stderr.write('model-memory: no trained weights are committed\n');
process.stdout.write(
  JSON.stringify({
    // The labels stage keeps only the interleaved tables, filled from the stored weights.
    labels: labels === null ? 0 : typedArrayBytes(packed(labels)),
    distortion: typedArrayBytes(distortion),
    crisis: typedArrayBytes(crisis),
  }) + '\n',
);
