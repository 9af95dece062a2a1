// Facts about a sentence's words that several steps read (the parent view, the rules that compare a reply's
// words with its parent's, stance), worked out once per word form and once per sentence: each word's entry in
// the lexicon's per-word memo (candidates.ts) carries them, so a sentence looks each word up once, not once
// per step that stems it.
import { sentenceEntries } from './candidates.js';
import { LEXICON } from './lexicon.js';
import { isKeyWord, stem } from './terms.js';
import type { Tokens } from './tokens.js';

/** Per word of the sentence: its Porter stem when it is a content word (isKeyWord), else ''. */
export function keyStemsOf(tokens: Tokens): readonly string[] {
  if (tokens.keyStems !== undefined) return tokens.keyStems;
  const entries = sentenceEntries(tokens, LEXICON);
  const stems = new Array<string>(entries.length);
  for (let index = 0; index < entries.length; index++) {
    const entry = entries[index]!;
    if (entry.keyStem === undefined) {
      const word = tokens.words[index]!;
      entry.keyStem = isKeyWord(word) ? stem(word) : '';
    }
    stems[index] = entry.keyStem;
  }
  tokens.keyStems = stems;
  return stems;
}
