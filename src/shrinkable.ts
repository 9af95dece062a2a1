// Typed arrays whose memory can be handed back at once. An ordinary ArrayBuffer's memory waits for a full
// collection, which at 100k pasted paragraphs came only after the stage that dropped it had ended: tables
// outgrown or done with stayed in the peak (the shingle index's 64 MB, the stems table's regrowths).

/** An ArrayBuffer that can shrink (ES2024; this project compiles against ES2023's types). */
interface ShrinkableBuffer extends ArrayBuffer { resize(bytes: number): void }
const ShrinkableBuffer = ArrayBuffer as unknown as new (bytes: number, options: { maxByteLength: number }) => ShrinkableBuffer;

type Kind<T> = { new (buffer: ArrayBuffer, offset: number, length: number): T; BYTES_PER_ELEMENT: number };

/** A typed array of `length` zeros over a buffer that `free` can give back. */
export function shrinkable<T extends Uint32Array | Int32Array>(kind: Kind<T>, length: number): T {
  const bytes = length * kind.BYTES_PER_ELEMENT;
  return new kind(new ShrinkableBuffer(bytes, { maxByteLength: bytes }), 0, length);
}

/** Hands a `shrinkable` array's memory back now: resized to nothing, it is empty afterwards. */
export const free = (array: Uint32Array | Int32Array): void => (array.buffer as ShrinkableBuffer).resize(0);
