// A text's words as the argument stage compares them: lower case, curly apostrophes straightened, runs of
// letters, digits and apostrophes. Squashed forms and counts are made without the list of words: the stage
// asks for them again and again, and the lists were most of what it allocated.
export const wordsOf = (text: string): string[] => text.toLowerCase().replace(/[’‘]/g, "'").match(/[\p{L}\p{N}']+/gu) ?? [];

/** `wordsOf(text).join(' ')`, made without the list of words (the argument stage asks for it again and again). */
export const squash = (text: string): string => text.toLowerCase().replace(/[’‘]/g, "'").replace(/[^\p{L}\p{N}']+/gu, ' ').trim();

/** How many answers rememberRecent keeps: a reply answers its parent and the posts it quotes, in turn. */
const RECENT = 4;

/** `answer` with its last few answers kept: each sentence of a reply asks the same of the posts it answers. */
export function rememberRecent<K, V>(answer: (key: K) => V): (key: K) => V {
  const keys: K[] = [];
  const values: V[] = [];
  let next = 0;
  return (key) => {
    const at = keys.indexOf(key);
    if (at >= 0) return values[at]!;
    const value = answer(key);
    keys[next] = key;
    values[next] = value;
    next = (next + 1) % RECENT;
    return value;
  };
}

const WORD = /[\p{L}\p{N}'’‘]+/gu;

/** `wordsOf(text).length`, counted without collecting them. */
export function countWords(text: string): number {
  const lower = text.toLowerCase();
  let count = 0;
  WORD.lastIndex = 0;
  while (WORD.test(lower)) count++;
  return count;
}
