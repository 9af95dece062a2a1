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

/** Distinct shingle hashes of a word list; a passage shorter than one shingle is one shingle of all its words. */
export function shingles(words: readonly string[]): Uint32Array {
  if (words.length === 0) return new Uint32Array(0);
  if (words.length < SHINGLE_WORDS) return Uint32Array.of(hashString(words.join(' ')));
  const seen = new Set<number>();
  for (let i = 0; i + SHINGLE_WORDS <= words.length; i++) {
    seen.add(hashString(`${words[i]} ${words[i + 1]} ${words[i + 2]}`));
  }
  return Uint32Array.from(seen);
}
