// A reply's stance toward its parent, from the reply's own sentences (quoted lines are the parent's words).
// Each cue below adds to "agree" or "disagree". The sentence tags say most: each side takes its strongest
// sentence, the opening ones weighing most (replies lead with their verdict), so a long answer does not add
// up to disagreement one hedged objection at a time. Challenging questions are the sentence rule's
// (rules/challenge.ts: a challenging shape tied to the parent), not a question word's ("really", "do you").
// Beyond the tags, how a reply talks:
// - disagreeing replies negate, and negate the parent's own key terms ("masks do NOT work" to "masks work");
// - agreeing replies turn, with the parent, to the people both are talking about ("they", "those people"),
//   and exclaim rather than ask;
// - a concession together with disagreement is mixed; nothing strong enough either way is neutral.
// Addressing "you" and asking back were cues for disagreement once; on 850 real reply pairs they come with
// answers more than objections ("you" in 153 neutral, 128 disagreeing, 46 agreeing replies), so they are not.
import type { Sentence, Stance, StanceLabel } from '../model.js';
import { readParent, type ParentView } from './parent.js';
import { negatorBefore } from './rules/negation.js';
import { tagConfidence } from './score.js';
import { isKeyWord, stem } from './terms.js';
import { tokenize, type Tokens } from './tokens.js';

/** Below this on both sides, the reply is neutral. */
const STANCE_THRESHOLD = 0.35;
/** Sentences after the opening ones count this much less, each. */
const positionWeight = (index: number): number => 1 / (1 + 0.5 * index);

const SECOND_PERSON = new Set(['you', 'your', 'yours', 'yourself', 'u', 'ur']);
const THIRD_PARTIES = new Set(['they', 'them', 'their', 'theirs', 'themselves']);
const NEGATORS = new Set(['not', 'never', 'no', 'nobody', 'nothing', 'none']);
const REFERENCE = /\byou (?:say|said|claim|claimed|think|seem to think|argue|argued|wrote|mean|meant|are saying)\b|\byour (?:point|argument|claim|comment|logic|reasoning)\b/;

interface Tally { agree: number; disagree: number; concede: number; cues: string[] }

function add(tally: Tally, side: 'agree' | 'disagree' | 'concede', weight: number, cue: string): void {
  tally[side] += weight;
  tally.cues.push(cue);
}

const SIDES = [['agreement', 'agree'], ['disagreement', 'disagree'], ['concession', 'concede']] as const;

/** What the reply's sentence tags say: per side, the strongest sentence, the opening weighing most. */
function readTags(tally: Tally, own: readonly Sentence[]): void {
  own.forEach((sentence, index) => {
    const weight = positionWeight(index);
    for (const [tag, side] of SIDES) {
      const confidence = tagConfidence(sentence, tag);
      if (confidence === 0) continue;
      tally[side] = Math.max(tally[side], weight * confidence);
      for (const reason of sentence.reasons) if (reason.tag === tag) tally.cues.push(reason.cue);
    }
  });
}

/** Does any of the sentences use one of `words`? */
const usesAny = (tokens: readonly Tokens[], words: ReadonlySet<string>): boolean => tokens.some((sentence) => sentence.words.some((word) => words.has(word)));

/** The reply's negated content words ("not safe" → "safe"): cheap to find, and usually none. */
function negatedWords(words: readonly string[]): string[] {
  return words.filter((word, index) => isKeyWord(word) && negatorBefore(words, index) >= 0);
}

/** The first negated reply word that is one of the parent's key terms, by stem ("vaccines" meets "vaccine"). */
function negatedParentTerm(negated: readonly string[], parent: ParentView | null): string | null {
  if (negated.length === 0 || parent === null) return null;
  return negated.find((word) => parent.stems.has(stem(word))) ?? null;
}

/** How the reply talks: about whom, asking or exclaiming, negating the parent. */
function readAddress(tally: Tally, own: readonly Sentence[], tokens: readonly Tokens[], parent: ParentView | null, quotes: boolean): void {
  // Only when it does not turn to the other person: "they" beside "you" is as often "they say you're wrong".
  if (!usesAny(tokens, SECOND_PERSON) && usesAny(tokens, THIRD_PARTIES)) add(tally, 'agree', 0.35, 'talks with the parent about others (they)');
  const asks = own.some((sentence) => sentence.tags.includes('question'));
  if (!asks && own.some((sentence) => sentence.text.includes('!'))) add(tally, 'agree', 0.2, 'exclaims');
  if (usesAny(tokens, NEGATORS)) add(tally, 'disagree', 0.15, 'negation');
  const negated = parent === null ? null : negatedParentTerm(tokens.flatMap((sentence) => negatedWords(sentence.words)), parent);
  if (negated) add(tally, 'disagree', 0.3, `negates the parent's "${negated}"`);
  if (quotes || tokens.some((sentence) => REFERENCE.test(sentence.joined))) {
    tally.agree *= 1.2;
    tally.disagree *= 1.2;
    tally.cues.push('refers to the parent');
  }
}

function decide({ agree, disagree, concede }: Tally): { label: StanceLabel; strength: number } {
  const support = agree + 0.5 * concede;
  if (disagree >= STANCE_THRESHOLD && concede >= 0.5) return { label: 'mixed', strength: Math.min(disagree, concede) };
  if (Math.max(support, disagree) < STANCE_THRESHOLD) return { label: 'neutral', strength: 1 - Math.max(support, disagree) };
  return disagree >= support ? { label: 'disagree', strength: disagree - support / 2 } : { label: 'agree', strength: support - disagree / 2 };
}

export interface StanceContext {
  /** The reply quotes its parent (a quote the source or dedup linked to the parent post). */
  quotesParent?: boolean;
  /** Per reply sentence, its tokens when the caller already has them (tagTextRead), so they are not made again. */
  tokens?: readonly Tokens[];
}

/** `parent`: the parent post, read once with readParent (its text is read here when given as a string). */
export function stanceToward(reply: Sentence[], parent: ParentView | string | null, context: StanceContext = {}): Stance {
  const parentView = typeof parent === 'string' ? readParent(parent) : parent;
  const own = reply.filter((sentence) => !sentence.quoted);
  const ownTokens = context.tokens?.filter((_, index) => !reply[index]!.quoted) ?? own.map((sentence) => tokenize(sentence.text));
  const tally: Tally = { agree: 0, disagree: 0, concede: 0, cues: [] };
  readTags(tally, own);
  const quotes = context.quotesParent === true || own.length < reply.length;
  readAddress(tally, own, ownTokens, parentView, quotes);
  const { label, strength } = decide(tally);
  const confidence = Math.round(Math.min(0.95, Math.max(0.05, strength)) * 100) / 100;
  return { label, confidence, cues: [...new Set(tally.cues)] };
}
