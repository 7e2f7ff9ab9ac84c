// The four label models as two interleaved int8 tables, built once from the per-task models.
// A therapist feature's bucket holds behaviour, question and reflection weights side by side
// (8 bytes), so one memory read serves all three tasks; separate tables cost one cache miss
// per task and feature, which was most of the labels stage. Scores equal LinearModel.scores.
import { decodeInto, quantize, type EncodedModel } from './codec.js';
import type { FeatureBuffer, LinearModel } from './linear.js';
import type { TaskName } from './tasks.js';
import { T } from './templates.js';
import { TopK } from './topk.js';

/** Column offsets in a packed therapist bucket: behaviour 0-3, question 4-5, reflection 6-7. */
export const THERAPIST_COLUMNS = { behaviour: 0, question: 4, reflection: 6 } as const;
const THERAPIST_STRIDE = 8;
/** Client buckets are padded to 4 bytes so that a bucket never straddles a cache line. */
const CLIENT_STRIDE = 4;

/**
 * Templates left out of explanations: single words and word pairs (of either speaker) are
 * two thirds of all features but, each weak and scaled down by turn length, they named
 * only ~2% of the reasons; skipping them makes explaining about half as costly.
 */
const unexplained = new Uint8Array(256);
for (const t of [T.word, T.pair, T.negatedWord, T.otherWord, T.answerWord]) unexplained[t] = 1;

/** A label model as packing needs it: decoded (training, evaluation) or as shipped. */
export type PackableModel = LinearModel | EncodedModel;

/** The four label models, decoded or as shipped. */
export type PackableModels = Record<TaskName, PackableModel>;

function isEncoded(model: PackableModel): model is EncodedModel {
  return 'data' in model;
}

/** Shipped weights as they are; decoded weights rounded to int8 if they are not yet. */
function int8(model: PackableModel): PackableModel {
  return isEncoded(model) || model.weights instanceof Int8Array ? model : quantize(model);
}

/** Copy one int8 model's weights into `column` onwards of every bucket. */
function copyInto(model: PackableModel, table: Int8Array, stride: number, column: number): void {
  if (isEncoded(model)) {
    decodeInto(model, table, stride, column);
    return;
  }
  const k = model.classes.length;
  const w = model.weights;
  for (let b = 0; b < 1 << model.bits; b++) {
    for (let c = 0; c < k; c++) table[b * stride + column + c] = w[b * k + c] ?? 0;
  }
}

function pack(
  models: readonly PackableModel[],
  stride: number,
): { table: Int8Array; scale: Float64Array; bias: Float64Array; bits: number } {
  const bits = models[0]?.bits ?? 0;
  const table = new Int8Array((1 << bits) * stride);
  const scale = new Float64Array(stride);
  const bias = new Float64Array(stride);
  let column = 0;
  for (const m of models.map(int8)) {
    if (m.bits !== bits) throw new Error('label models that share a table need one table size');
    copyInto(m, table, stride, column);
    const k = m.classes.length;
    for (let c = 0; c < k; c++) {
      scale[column + c] = m.scale;
      // float32, as decodeModel stores biases: stored and decoded weights must score alike.
      bias[column + c] = Math.fround(m.bias[c] ?? 0);
    }
    column += k;
  }
  return { table, scale, bias, bits };
}

/** One packed table with its per-column scales and biases. */
class PackedTable {
  readonly table: Int8Array;
  readonly scale: Float64Array;
  readonly bias: Float64Array;
  readonly mask: number;
  readonly stride: number;

  constructor(models: readonly PackableModel[], stride: number) {
    const p = pack(models, stride);
    this.table = p.table;
    this.scale = p.scale;
    this.bias = p.bias;
    this.mask = (1 << p.bits) - 1;
    this.stride = stride;
  }
}

/** The label models packed for inference; see the file comment. */
export class PackedModels {
  readonly therapist: PackedTable;
  readonly client: PackedTable;
  /** Evidence found by the last `topTherapist` / `topClient` call, per task. */
  readonly behaviourTop: TopK;
  readonly questionTop: TopK;
  readonly reflectionTop: TopK;
  readonly talkTop: TopK;

  /** `top`: how many features to keep per task for explanations (at most MAX_TOP). */
  constructor(models: PackableModels, top = 3) {
    this.therapist = new PackedTable(
      [models.therapistBehaviour, models.questionType, models.reflectionType],
      THERAPIST_STRIDE,
    );
    this.client = new PackedTable([models.clientTalkType], CLIENT_STRIDE);
    this.behaviourTop = new TopK(top);
    this.questionTop = new TopK(top);
    this.reflectionTop = new TopK(top);
    this.talkTop = new TopK(top);
  }

  /** All eight therapist scores (behaviour 0-3, question 4-5, reflection 6-7) into `out`. */
  scoreTherapist(features: FeatureBuffer, out: Float64Array): void {
    const { table: w, mask, scale, bias } = this.therapist;
    const { index, value, count } = features;
    let s0 = 0;
    let s1 = 0;
    let s2 = 0;
    let s3 = 0;
    let s4 = 0;
    let s5 = 0;
    let s6 = 0;
    let s7 = 0;
    for (let i = 0; i < count; i++) {
      const b = ((index[i] ?? 0) & mask) << 3;
      const v = value[i] ?? 0;
      s0 += (w[b] ?? 0) * v;
      s1 += (w[b + 1] ?? 0) * v;
      s2 += (w[b + 2] ?? 0) * v;
      s3 += (w[b + 3] ?? 0) * v;
      s4 += (w[b + 4] ?? 0) * v;
      s5 += (w[b + 5] ?? 0) * v;
      s6 += (w[b + 6] ?? 0) * v;
      s7 += (w[b + 7] ?? 0) * v;
    }
    out[0] = s0 * (scale[0] ?? 0) + (bias[0] ?? 0);
    out[1] = s1 * (scale[1] ?? 0) + (bias[1] ?? 0);
    out[2] = s2 * (scale[2] ?? 0) + (bias[2] ?? 0);
    out[3] = s3 * (scale[3] ?? 0) + (bias[3] ?? 0);
    out[4] = s4 * (scale[4] ?? 0) + (bias[4] ?? 0);
    out[5] = s5 * (scale[5] ?? 0) + (bias[5] ?? 0);
    out[6] = s6 * (scale[6] ?? 0) + (bias[6] ?? 0);
    out[7] = s7 * (scale[7] ?? 0) + (bias[7] ?? 0);
  }

  /** The three client talk scores into `out`. */
  scoreClient(features: FeatureBuffer, out: Float64Array): void {
    const { table: w, mask, scale, bias } = this.client;
    const { index, value, count } = features;
    let s0 = 0;
    let s1 = 0;
    let s2 = 0;
    for (let i = 0; i < count; i++) {
      const b = ((index[i] ?? 0) & mask) << 2;
      const v = value[i] ?? 0;
      s0 += (w[b] ?? 0) * v;
      s1 += (w[b + 1] ?? 0) * v;
      s2 += (w[b + 2] ?? 0) * v;
    }
    out[0] = s0 * (scale[0] ?? 0) + (bias[0] ?? 0);
    out[1] = s1 * (scale[1] ?? 0) + (bias[1] ?? 0);
    out[2] = s2 * (scale[2] ?? 0) + (bias[2] ?? 0);
  }

  /**
   * The strongest evidence (utterance-level cues, see `unexplained`) for the chosen classes
   * of the therapist tasks, in one pass over
   * the buckets scoring just read (still in cache): behaviour class `b` into `behaviourTop`,
   * question class `q` and reflection class `r` (-1: not shown) into theirs. A feature's
   * evidence is its weight for the class minus the mean of the task's other classes, times
   * its value; (k * own - sum) orders features the same way in integers.
   */
  topTherapist(features: FeatureBuffer, b: number, q: number, r: number): void {
    const { table: w, mask } = this.therapist;
    const { index, value, count, template } = features;
    const bt = this.behaviourTop.reset();
    const qt = this.questionTop.reset();
    const rt = this.reflectionTop.reset();
    const qOther = 5 - q; // 4 + (1 - q): the other question column
    const rOther = 7 - r; // 6 + (1 - r)
    for (let i = 0; i < count; i++) {
      if (unexplained[template[i] ?? 0] === 1) continue;
      const at = ((index[i] ?? 0) & mask) << 3;
      const v = value[i] ?? 0;
      const sum = (w[at] ?? 0) + (w[at + 1] ?? 0) + (w[at + 2] ?? 0) + (w[at + 3] ?? 0);
      // One compare per task against the weakest kept margin: after the first few
      // features it is rarely passed, so the branch predicts well (a sign test did not).
      const mb = (4 * (w[at + b] ?? 0) - sum) * v;
      if (mb > bt.floor) bt.offer(i, mb);
      if (q >= 0) {
        const mq = ((w[at + 4 + q] ?? 0) - (w[at + qOther] ?? 0)) * v;
        if (mq > qt.floor) qt.offer(i, mq);
      }
      if (r >= 0) {
        const mr = ((w[at + 6 + r] ?? 0) - (w[at + rOther] ?? 0)) * v;
        if (mr > rt.floor) rt.offer(i, mr);
      }
    }
  }

  /** As `topTherapist`, for client talk class `t` into `talkTop`. */
  topClient(features: FeatureBuffer, t: number): void {
    const { table: w, mask } = this.client;
    const { index, value, count, template } = features;
    const tt = this.talkTop.reset();
    for (let i = 0; i < count; i++) {
      if (unexplained[template[i] ?? 0] === 1) continue;
      const at = ((index[i] ?? 0) & mask) << 2;
      const d = 3 * (w[at + t] ?? 0) - ((w[at] ?? 0) + (w[at + 1] ?? 0) + (w[at + 2] ?? 0));
      const m = d * (value[i] ?? 0);
      if (m > tt.floor) tt.offer(i, m);
    }
  }
}

/** Index of the highest of `n` scores from `from`; ties go to the lower index. */
export function argmax(scores: Float64Array, from: number, n: number): number {
  let best = 0;
  for (let c = 1; c < n; c++) if ((scores[from + c] ?? 0) > (scores[from + best] ?? 0)) best = c;
  return best;
}
