// A text's words as the argument stage compares them: lower case, curly apostrophes straightened, runs of
// letters, digits and apostrophes. Squashed forms and counts are made without the list of words: the stage
// asks for them again and again, and the lists were most of what it allocated.
export const wordsOf = (text: string): string[] => text.toLowerCase().replace(/[’‘]/g, "'").match(/[\p{L}\p{N}']+/gu) ?? [];

/** `wordsOf(text).join(' ')`, made without the list of words (the argument stage asks for it again and again). */
export const squash = (text: string): string => text.toLowerCase().replace(/[’‘]/g, "'").replace(/[^\p{L}\p{N}']+/gu, ' ').trim();

/** `answer` with its last answer kept: each sentence of a reply asks the same of the post it answers. */
export function rememberLast<K, V>(answer: (key: K) => V): (key: K) => V {
  let lastKey: K | undefined;
  let last: V | undefined;
  return (key) => {
    if (last === undefined || key !== lastKey) { last = answer(key); lastKey = key; }
    return last;
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
