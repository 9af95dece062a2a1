// Judgement of what is under discussion: "Your analogy is terrible", "This take seems naive", "The post
// reads like an advert", "X isn't "greed"". A sentence whose subject is an argument (the other writer's, or "this"/"that")
// and whose predicate judges it with a clearly negative word disagrees with it, whatever the word; the same
// shape with a positive word praises it (rules/praise.ts). Lexicon cues name the common judgements; these
// rules catch the rest through AFINN's rated words. In a reply, a course of action as the subject is judged the
// same way ("Calling it hopeless is questionable"): what someone does or proposes is what a reply weighs.
import { isNegativeJudgement } from '../evaluative.js';
import { firstContentWord } from '../match.js';
import { hasSignal, type Rule } from '../signal.js';
import type { Tokens } from '../tokens.js';

const DETERMINERS = new Set(['your', 'this', 'that', 'the', 'op', "op's", 'his', 'her', 'their']);
const CONTRIBUTIONS = new Set(['argument', 'arguments', 'point', 'claim', 'take', 'post', 'comment', 'answer', 'reasoning', 'logic', 'analysis',
  'analogy', 'example', 'framing', 'proposal', 'premise', 'conclusion', 'article', 'reply', 'idea', 'suggestion', 'advice', 'approach', 'theory', 'model',
  'solution', 'explanation', 'method', 'fix', 'trick', 'tip', 'writeup', 'summary']);
const LINKING_VERBS = new Set(['is', 'are', 'was', 'seems', 'seem', 'looks', 'sounds', 'reads', 'feels']);
const DEGREE_WORDS = new Set(['my', 'the', 'just', 'pretty', 'really', 'so', 'very', 'quite', 'a', 'an', 'bit', 'kind', 'sort', 'of', 'too', 'rather', 'somewhat', 'also', 'still', 'plain', 'simply', 'frankly', 'honestly']);
const AFTER_JUDGEMENT = new Set(['to', 'for', 'and', 'but', 'because', 'in', 'on', 'of', 'here', 'there', 'imo', 'imho', 'tbh', 'honestly', 'frankly', 'at']);
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

export const criticismRule: Rule = ({ tokens, signals, parent }) => {
  if (hasSignal(signals, 'question')) return [];
  const rejected = rejectsQuotedWords(tokens.words, tokens.quoted);
  if (rejected >= 0) return [{ tag: 'disagreement', cue: 'not "X" (rejects the quoted word)', weight: 0.6, at: rejected }];
  const judged = judgedContribution(tokens, isNegativeJudgement);
  if (judged) return [{ tag: 'disagreement', cue: `judges the argument (${judged.word})`, weight: 0.55, at: judged.at }];
  const course = parent ? judgedCourse(tokens.words) : null;
  return course ? [{ tag: 'disagreement', cue: `judges a course of action (${course.word})`, weight: 0.55, at: course.at }] : [];
};

/** Words before a gerund subject that keep it the subject ("Only mentioning one side is misleading"). */
const BEFORE_GERUND = new Set(['only', 'just', 'simply', 'even', 'but', 'and', 'so', 'also', 'still', 'again', 'honestly', 'frankly', ',']);
/** Nouns that end in -ing: a subject like "the string" or "nothing" is no course of action. */
const ING_NOUNS = /(?:thing|ring|king|morning|evening|ceiling|during|sibling|pudding)$/;
/** How far into the sentence the gerund phrase's verb may come ("Complaining that they charge $100 a year … seems unfair"). */
const GERUND_VERB_REACH = 30;
const GAPS = new Set([...DEGREE_WORDS, 'basically', 'be', '.', '…']);

/**
 * In a reply, a course of action as the subject, judged: "Calling it hopeless is questionable", "Only
 * mentioning one side is misleading". A gerund subject names what someone does or proposes, and the other
 * writer's course is what a reply judges. The judgement word and where the gerund is, or null.
 */
function judgedCourse(words: readonly string[]): { word: string; at: number } | null {
  let at = firstContentWord(words);
  while (BEFORE_GERUND.has(words[at] ?? '')) at++;
  const gerund = words[at] ?? '';
  if (!/^\p{L}{3,}ing$/u.test(gerund) || ING_NOUNS.test(gerund)) return null;
  // The phrase may hold clauses of its own ("because the compiler is strict"): each linking verb is tried in turn.
  for (let verb = at + 2; verb < words.length && verb <= at + GERUND_VERB_REACH; verb++) {
    if (words[verb] === ';' || words[verb] === ':') return null;
    if (!LINKING_VERBS.has(words[verb]!) && !(words[verb] === 'would' && words[verb + 1] === 'be')) continue;
    const word = judgementAfter(words, verb);
    if (word) return { word, at };
  }
  return null;
}

/** The negative judgement the linking verb at `verb` predicates ("seems a bit reckless"), if only degree words come between. */
function judgementAfter(words: readonly string[], verb: number): string | null {
  for (let index = verb + 1; index <= verb + JUDGEMENT_REACH + 1 && index < words.length; index++) {
    if (isNegativeJudgement(words[index]!)) return words[index]!;
    if (!GAPS.has(words[index]!) && !words[index]!.endsWith('ly')) return null;
  }
  return null;
}

/**
 * A contribution under discussion ("your analogy", "this take", bare "this") judged by its predicate with a
 * word `isJudgement` accepts ("is terrible", "seems a bit naive", "is a great idea"): the word and where
 * the subject ends, or null. Only degree words may stand between the verb and the judgement, so "is not
 * great" and "is a terrible situation" are no such judgement.
 */
export function judgedContribution(tokens: Tokens, isJudgement: (word: string) => boolean): { word: string; at: number } | null {
  const { words } = tokens;
  const subjectEnd = argumentSubjectEnd(words);
  if (subjectEnd < 0) return null;
  const verb = words.findIndex((word, index) => index > subjectEnd && index <= subjectEnd + VERB_REACH && LINKING_VERBS.has(word));
  if (verb < 0) return null;
  for (let at = verb + 1; at <= verb + JUDGEMENT_REACH && at < words.length; at++) {
    const word = words[at]!;
    if (isJudgement(word) && !tokens.quoted[at] && endsJudgement(words[at + 1])) return { word, at: subjectEnd };
    if (!DEGREE_WORDS.has(word) && !word.endsWith('ly')) return null;
  }
  return null;
}

/** The judgement closes the predicate ("is terrible.", "is a bad take", "seems naive to me"), not a new topic ("is a terrible situation"). */
const endsJudgement = (next: string | undefined): boolean => next === undefined || !/^\p{L}/u.test(next) || CONTRIBUTIONS.has(next) || AFTER_JUDGEMENT.has(next);

/**
 * "Rising prices after a shock isn't "greed", it's supply and demand", "Dividing by zero is not a "minor
 * detail"": denying that someone's quoted word applies rejects their description. Where the "not" is, or -1.
 */
function rejectsQuotedWords(words: readonly string[], quoted: readonly boolean[]): number {
  const not = words.findIndex((word, index) => word === 'not' && !quoted[index] && (quoted[index + 1] || (ARTICLES.has(words[index + 1] ?? '') && quoted[index + 2])));
  if (not < 0) return -1;
  // The quotation closes the clause: the sentence ends or a new clause starts right after it.
  let end = not + 1;
  while (end < words.length && (quoted[end] || ARTICLES.has(words[end]!))) end++;
  return end >= words.length || /^[,;.!—–-]$/.test(words[end]!) ? not : -1;
}
const ARTICLES = new Set(['a', 'an', 'the']);