// Key terms of a passage, for telling whether a reply negates what its parent said: content words
// (not function words), Porter-stemmed so "vaccines" in a parent meets "vaccine" in the reply.
import { porterStem } from '../clean/natural.js';

const FUNCTION_WORDS = new Set(`a an the and or but if then than so as of at by for from in into on onto to with without about
over under again further once here there when where why how all any both each few more most other some such no nor not
only own same too very can will just should would could might must shall may do does did doing done have has had having
be is are was were been being am i me my mine we us our ours you your yours he him his she her hers it its they them
their theirs what which who whom whose this that these those because while although though until also even still yet
get got gets really think know like one people thing things way lot much many well say said says make made going want
actually something anything nothing everything someone anyone everyone always never ever now today yes yeah ok okay`.split(/\s+/));

export const stem = (word: string): string => porterStem(word);

export function isKeyWord(word: string): boolean {
  if (word.length < 3 || FUNCTION_WORDS.has(word)) return false;
  // Words arrive lower-cased: a-z answers most of them without the Unicode test.
  const first = word.charCodeAt(0);
  return (first >= 97 && first <= 122) || (first > 127 && /^\p{L}/u.test(word));
}

/** The stems of the passage's content words, each once, in first-seen order (a sentence has a handful: a list, not a Set). */
export function keyStems(words: readonly string[]): string[] {
  const stems: string[] = [];
  for (const word of words) {
    if (!isKeyWord(word)) continue;
    const stemmed = stem(word);
    if (!stems.includes(stemmed)) stems.push(stemmed);
  }
  return stems;
}
