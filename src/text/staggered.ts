// Parallel typed arrays that hot loops write in lockstep (token spans, features), as views of
// one buffer with STAGGER bytes between them, so that for the power-of-two sizes they grow by
// their starts differ modulo 4 KB. Allocated apart, the token arrays sometimes did not: in
// about half of the processes the tokenizer then ran ~1.6x slower and the whole analysis ~10%
// slower (bench ratio ~0.20, not ~0.225), most likely because their lockstep stores aliased in
// the L1 cache. The hot loops stay sensitive to placement (the same change to the lexicon hits
// brought a slow mode back, so it was not made): after touching a hot buffer, compare the
// bench over several processes.

/** The typed arrays the engine's scratch buffers use. */
type ArrayType =
  Int32ArrayConstructor | Uint32ArrayConstructor | Float32ArrayConstructor | Uint8ArrayConstructor;

/** Bytes between one array's end and the next one's start. */
const STAGGER = 320;

/** The views `staggered` returns for a list of array types. */
type Views<T extends readonly ArrayType[]> = { -readonly [K in keyof T]: InstanceType<T[K]> };

/** One view of `size` elements per type, in order, over one buffer at staggered offsets. */
export function staggered<const T extends readonly ArrayType[]>(size: number, types: T): Views<T> {
  const offsets: number[] = [];
  let at = 0;
  for (const type of types) {
    offsets.push(at);
    // Kept 8-aligned, so a 4-byte array may follow a byte array.
    at += Math.ceil((size * type.BYTES_PER_ELEMENT) / 8) * 8 + STAGGER;
  }
  const buffer = new ArrayBuffer(at);
  return types.map((type, i) => new type(buffer, offsets[i] ?? 0, size)) as Views<T>;
}
