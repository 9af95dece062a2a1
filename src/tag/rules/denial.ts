// Plain pushback in a reply, with no stock phrase (real replies mostly have none):
// - denying what the parent said, pointed at with "that/this/it": "That's not a marker interface.",
//   "It wasn't even this way five years ago.", "It's not like it's hard to do.";
// - correcting it, "X, not Y" where Y is the parent's word: "Ruby, not PHP.";
// - judging the other writer's view: "You're being way overdramatic.", "You're trusting users too much.", also
//   framed as the writer's opinion ("I think you're trusting users too much", "…, because I think you are …");
// - disbelieving what the parent asserted, in its own terms or pointed at with "your": "I don't think many
//   developers used the GC anyway." under a post about the GC ("I don't think I'll make it tonight" shares no term with it and denies nothing).
// - denying that the other's conclusion follows: "Being open source doesn't make it good.", "That does not mean
//   copying it.";
// - telling the other to give up a line: "Stop treating it like a religion.", "Let's not conflate X with Y.";
// Only in a reply: the same words in an opening post deny nobody.
import { isNegativeJudgement } from '../evaluative.js';
import { firstContentWord } from '../match.js';
import type { ParentView } from '../parent.js';
import { hasSignal, type Rule, type Signal } from '../signal.js';
import { isKeyWord, stem } from '../terms.js';
import type { Tokens } from '../tokens.js';

const POINTERS = new Set(['that', 'this', 'it', 'which', 'those', 'these']);
const NEGATED_VERBS = new Set(['is', 'are', 'was', 'were', 'does', 'do', 'did', 'will', 'would', 'has', 'have', 'had', 'can', 'could', 'should']);
const SECOND_PERSON = new Set(['you', 'your']);
/** Excess ("way too much", "too far") judges how the other person weighs things. */
const EXCESS = /\b(?:way too|far too|too much|too far|too many|too little|overly)\b/;

/** Adverbs that may stand between the pointer and its verb ("That really doesn't affect anything"). */
const BETWEEN = new Set(['really', 'just', 'still', 'simply', 'actually', 'also', 'certainly', 'definitely', 'clearly']);

/** "I don't think/believe", "I doubt": the writer's disbelief, opening the sentence. */
const DISBELIEF = /^(?:i do not (?:really |actually |honestly )?(?:think|believe|buy)|i doubt|i am not convinced|i (?:can not|could not) (?:imagine|believe))\b/;
/** Leading connectives before the sentence's subject ("Plus, once again, you're…", "Still, I don't think…"). */
const LEADS = new Set(['plus', 'also', 'and', 'so', 'still', 'again', 'once', 'honestly', 'frankly', 'besides', 'then', 'but']);

/** Where the subject starts: after openers ("well", "oh") and leading connectives with their commas. */
function subjectStart(words: readonly string[]): number {
  let at = firstContentWord(words);
  while (LEADS.has(words[at] ?? '') || words[at] === ',') at++;
  return at;
}

/** "I don't think X" where X holds one of the parent's own terms: where the disbelief starts, or -1. */
function disbelievesParent(tokens: Tokens, parent: ParentView): number {
  const start = subjectStart(tokens.words);
  const opening = tokens.words.slice(start, start + 6).join(' ');
  const match = DISBELIEF.exec(opening);
  if (!match) return -1;
  const after = start + match[0].split(' ').length;
  // The parent's own terms, or "your" pointing at them ("I don't think your argument answers any of them").
  return tokens.words.slice(after).some((word, index) => !tokens.quoted[after + index] && (word === 'your' || (isKeyWord(word) && parent.stems.has(stem(word))))) ? start : -1;
}

/** "that is not", "it does not", "this was never": a pointer at the parent's claim, then its negated verb. */
function deniesPointer(words: readonly string[]): number {
  const first = firstContentWord(words);
  if (!POINTERS.has(words[first] ?? '')) return -1;
  const verb = BETWEEN.has(words[first + 1] ?? '') ? first + 2 : first + 1;
  if (!NEGATED_VERBS.has(words[verb] ?? '')) return -1;
  const negator = words[verb + 1] === 'even' || words[verb + 1] === 'really' ? words[verb + 2] : words[verb + 1];
  return negator === 'not' || negator === 'never' ? first : -1;
}

/** "Ruby, not PHP": a correction whose rejected word is the parent's. Where the "not" is, or -1. */
function correctsParent(tokens: Tokens, parent: ParentView): number {
  const { words } = tokens;
  for (let at = 1; at < words.length - 1; at++) {
    if (words[at] !== 'not' || words[at - 1] !== ',' || tokens.quoted[at]) continue;
    const rejected = words[at + 1]!;
    if (parent.stems.has(stem(rejected))) return at;
  }
  return -1;
}

/** "You're being overdramatic", "you are trusting users way too much": the other writer's view judged. */
function judgesOtherWriter(tokens: Tokens): number {
  const { words } = tokens;
  if (!words.includes('are')) return -1;
  const first = framedSubject(words, subjectStart(words));
  if (!SECOND_PERSON.has(words[first] ?? '') || words[first + 1] !== 'are') return -1;
  const predicate = words.slice(first + 2, first + 8);
  if (predicate.some((word) => isNegativeJudgement(word)) || EXCESS.test(predicate.join(' '))) return first;
  return -1;
}

/** "Being open source doesn't make it good", "That does not mean copying": a conclusion denied to follow. */
const INFERENCE = /^(?:necessarily |really |automatically |actually )?(?:mean|means|imply|prove|follow|make (?:it|that|this|them|something|anything) (?!clear\b)\p{L}+)\b/u;
/** Where the "does not" of a denied inference is, or -1; not of the writer's own doing ("I didn't make it clear"). */
function deniesInference(words: readonly string[]): number {
  const at = words.findIndex((word, index) => (word === 'does' || word === 'did' || word === 'do') && words[index + 1] === 'not');
  if (at < 1 || words[at - 1] === 'i' || words[at - 1] === 'we' || words[subjectStart(words)] === 'i') return -1;
  return INFERENCE.test(words.slice(at + 2, at + 6).join(' ')) ? at : -1;
}

/** "Stop treating it like a religion", "Let's not conflate X with Y": told to give up what they are doing. */
const HALT = /^(?:(?:so|then|and|but|again|please|just) ,? )*(?:(?:please )?(?:stop|quit) \p{L}+ing|let us (?:also |just )?not)\b/u;
const haltsTheOther = (joined: string): string | null => HALT.exec(joined)?.[0] ?? null;

/** Opinion frames a judgement of the other writer may sit in: "I think you're trusting users too much". */
const OPINION_FRAMES = [['i', 'think'], ['i', 'suspect'], ['i', 'feel', 'like'], ['i', 'would', 'say'], ['because', 'i', 'think']];

/** Where the framed clause's subject starts: after "I think (that)" at `start` or after a comma; else `start`. */
function framedSubject(words: readonly string[], start: number): number {
  const frameAt = (at: number): number => {
    const frame = OPINION_FRAMES.find((parts) => parts.every((part, index) => words[at + index] === part));
    return frame ? at + frame.length + (words[at + frame.length] === 'that' ? 1 : 0) : -1;
  };
  const opening = frameAt(start);
  if (opening >= 0) return opening;
  for (let at = start; at < words.length; at++) {
    const framed = words[at] === ',' ? frameAt(at + 1) : -1;
    if (framed >= 0) return framed;
  }
  return start;
}

export const denialRule: Rule = ({ tokens, signals, parent }) => {
  if (!parent || hasSignal(signals, 'question') || hasSignal(signals, 'disagreement') || hasSignal(signals, 'agreement')) return [];
  const found: Signal[] = [];
  const denied = deniesPointer(tokens.words);
  if (denied >= 0) found.push({ tag: 'disagreement', cue: `denies what the parent said (${tokens.words.slice(denied, denied + 3).join(' ')} …)`, weight: 0.55, at: denied });
  const corrected = correctsParent(tokens, parent);
  if (corrected >= 0) found.push({ tag: 'disagreement', cue: `corrects the parent (not ${tokens.words[corrected + 1]})`, weight: 0.6, at: corrected });
  const judged = judgesOtherWriter(tokens);
  if (judged >= 0) found.push({ tag: 'disagreement', cue: 'judges the other writer (you are …)', weight: 0.55, at: judged });
  const inference = deniesInference(tokens.words);
  if (inference >= 0) found.push({ tag: 'disagreement', cue: `denies the inference (${tokens.words.slice(inference, inference + 4).join(' ')} …)`, weight: 0.55, at: inference });
  const halted = haltsTheOther(tokens.joined);
  if (halted) found.push({ tag: 'disagreement', cue: `tells the other to stop (${halted} …)`, weight: 0.55, at: 0 });
  const disbelief = disbelievesParent(tokens, parent);
  if (disbelief >= 0) found.push({ tag: 'disagreement', cue: `disbelieves the parent's claim (${tokens.words.slice(disbelief, disbelief + 4).join(' ')} …)`, weight: 0.55, at: disbelief });
  return found;
};
