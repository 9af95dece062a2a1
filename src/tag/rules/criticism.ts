// Criticism of what is under discussion: "Your analogy is terrible", "This take seems naive", "The post
// reads like an advert". A sentence whose subject is an argument (the other writer's, or "this"/"that")
// and whose predicate judges it with a clearly negative word disagrees with it, whatever the word.
// Lexicon cues name the common judgements; this rule catches the rest through AFINN's negative words.
import { isNegativeJudgement } from '../evaluative.js';
import { firstContentWord } from '../match.js';
import { hasSignal, type Rule } from '../signal.js';

const DETERMINERS = new Set(['your', 'this', 'that', 'the', 'op', "op's", 'his', 'her', 'their']);
const CONTRIBUTIONS = new Set(['argument', 'arguments', 'point', 'claim', 'take', 'post', 'comment', 'answer', 'reasoning', 'logic', 'analysis',
  'analogy', 'example', 'framing', 'proposal', 'premise', 'conclusion', 'article', 'reply', 'idea', 'suggestion', 'advice', 'approach', 'theory', 'model']);
const LINKING_VERBS = new Set(['is', 'are', 'was', 'seems', 'seem', 'looks', 'sounds', 'reads', 'feels']);
const DEGREE_WORDS = new Set(['just', 'pretty', 'really', 'so', 'very', 'quite', 'a', 'an', 'bit', 'kind', 'sort', 'of', 'too', 'rather', 'somewhat', 'also', 'still', 'plain', 'simply', 'frankly', 'honestly']);
const AFTER_JUDGEMENT = new Set(['to', 'for', 'and', 'but', 'because', 'in', 'here', 'there', 'imo', 'imho', 'tbh', 'honestly', 'frankly', 'at']);
/** How far after the subject the linking verb, and after it the judgement, may come. */
const VERB_REACH = 3;
const JUDGEMENT_REACH = 4;

/** Where the subject ends when it is an argument under discussion ("your analogy", "this take", bare "this"), or -1. */
function argumentSubjectEnd(words: readonly string[]): number {
  const first = firstContentWord(words);
  if (!DETERMINERS.has(words[first] ?? '')) return -1;
  if ((words[first] === 'this' || words[first] === 'that') && LINKING_VERBS.has(words[first + 1] ?? '')) return first;
  for (let at = first + 1; at <= first + 2; at++) if (CONTRIBUTIONS.has(words[at] ?? '')) return at;
  return -1;
}

export const criticismRule: Rule = ({ tokens, signals }) => {
  if (hasSignal(signals, 'question')) return [];
  const { words } = tokens;
  const subjectEnd = argumentSubjectEnd(words);
  if (subjectEnd < 0) return [];
  const verb = words.findIndex((word, index) => index > subjectEnd && index <= subjectEnd + VERB_REACH && LINKING_VERBS.has(word));
  if (verb < 0) return [];
  for (let at = verb + 1; at <= verb + JUDGEMENT_REACH && at < words.length; at++) {
    const word = words[at]!;
    if (isNegativeJudgement(word) && !tokens.quoted[at] && endsJudgement(words[at + 1])) {
      return [{ tag: 'disagreement', cue: `judges the argument (${word})`, weight: 0.55, at: subjectEnd }];
    }
    // Only degree words may stand between the verb and the judgement ("is just plain wrong", "seems a bit naive").
    if (!DEGREE_WORDS.has(word) && !word.endsWith('ly')) return [];
  }
  return [];
};

/** The judgement closes the predicate ("is terrible.", "is a bad take", "seems naive to me"), not a new topic ("is a terrible situation"). */
const endsJudgement = (next: string | undefined): boolean => next === undefined || !/^\p{L}/u.test(next) || CONTRIBUTIONS.has(next) || AFTER_JUDGEMENT.has(next);
