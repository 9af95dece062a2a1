// Word shingles hashed to 32-bit numbers. A passage and a copy of it share (nearly) all shingles;
// a quote of part of a passage shares a subset; a merge of two passages is covered by their union.

/** Words per shingle: three tolerates a changed word every few words yet rarely matches by chance. */
export const SHINGLE_WORDS = 3;

/** FNV-1a over UTF-16 code units: fast, good spread, no allocation. */
export function hashString(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** Order-sensitive combination of word hashes (murmur3's mixing steps), so no shingle string is built. */
function combine(a: number, b: number, c: number): number {
  let h = Math.imul(a, 0xcc9e2d51) ^ Math.imul(b ^ (b >>> 15), 0x1b873593);
  h = Math.imul(h ^ (h >>> 13), 0xe6546b64) ^ c;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  return (h ^ (h >>> 13)) >>> 0;
}

/** Distinct shingle hashes of a word list, sorted; a passage shorter than one shingle is one shingle of all its words. */
export function shingles(words: readonly string[]): Uint32Array {
  if (words.length === 0) return new Uint32Array(0);
  if (words.length < SHINGLE_WORDS) return Uint32Array.of(hashString(words.join(' ')));
  const hashes = words.map(hashString);
  const out = new Uint32Array(words.length - SHINGLE_WORDS + 1);
  for (let i = 0; i < out.length; i++) out[i] = combine(hashes[i]!, hashes[i + 1]!, hashes[i + 2]!);
  out.sort();
  let distinct = 0;
  for (let i = 0; i < out.length; i++) if (i === 0 || out[i] !== out[i - 1]) out[distinct++] = out[i]!;
  return out.subarray(0, distinct);
}
