// What a reply does toward its parent, as named signals: each has a stable id (what tests and tools check),
// the side it lends weight to, and the cue a reader sees. stance.ts weighs them into a label.
// - The reply's sentence tags say most (disagreement, agreement, concession): per side the strongest sentence
//   counts, the opening weighing most (replies lead with their verdict), so a long answer does not add up to
//   disagreement one hedged objection at a time.
// - How the reply talks adds a little: negating, negating the parent's own key terms ("masks do NOT work" to
//   "masks work"; not the writer's own state: "I don't need Photoshop" under a post about Photoshop), turning with the parent to the people both talk about ("they"), exclaiming, and opening by
//   continuing the parent's line ("And …", "Also …", "Same with …", "So is X"), which extends a point rather
//   than answering it, or else adding to it within the opening ("I also …", "… as well.", builds-on.ts).
// - Two signals scale the rest: referring to the parent (quoting it, "you say") makes either side surer;
//   answering a parent that asks makes both less sure (a reply to a question is first of all an answer, and
//   its "no" or "not" answers the question rather than rejecting a view).
// - Where the reply sits says more than its words (reply-place.ts): answering back in an exchange, or being
//   answered back by the parent's writer, leans to disagreement (people who agree seldom keep an exchange
//   going); answering one's own post makes both sides less sure (a follow-up, not a verdict on anyone), and
//   disagreement most: on the 11 seen real sets 5 of 146 follow-ups to the writer's own post dispute it,
//   48 agree (a writer extends their own point, or corrects a slip, which rejects nobody's view).
// - Under a parent that states a view, a reply that opens with a claim of its own gives its verdict on it
//   (verdict.ts): a little weight to disagreement, which the reply's other signals confirm or outweigh.
// Addressing "you" and asking back were cues for disagreement once; on 850 real reply pairs they come with
// answers more than objections ("you" in 153 neutral, 128 disagreeing, 46 agreeing replies), so they are not.
import type { ReplyPlace, Sentence, TagName } from '../model.js';
import type { ParentView } from './parent.js';
import { addsToParent, echoesParent } from './builds-on.js';
import { negatorBefore } from './rules/negation.js';
import { tagConfidence } from './score.js';
import { isKeyWord, stem } from './terms.js';
import type { Tokens } from './tokens.js';
import { verdictIndex } from './verdict.js';

export type StanceSide = 'agree' | 'disagree' | 'concede';
export type StanceSignalId = 'disagreement' | 'agreement' | 'concession' | 'negation' | 'negates-parent-term'
  | 'about-others' | 'exclaims' | 'continues-parent' | 'refers-to-parent' | 'answers-question'
  | 'keeps-exchange-going' | 'own-post' | 'answers-instead' | 'verdict' | 'adds-to-parent' | 'echoes-parent';

export interface StanceSignal {
  id: StanceSignalId;
  /** The side it lends weight to; a scaling signal multiplies both sides by `weight` instead. */
  side: StanceSide | 'scale';
  weight: number;
  cue: string;
  /** Read from a sentence tag: per side only the strongest such signal counts (the others add up). */
  fromTag?: boolean;
  /** A scaling signal that scales only this side (absent: both). */
  only?: 'agree' | 'disagree';
}

/** Sentences after the opening ones count this much less, each. */
const positionWeight = (index: number): number => 1 / (1 + 0.5 * index);
const SIDES: readonly (readonly [TagName & StanceSignalId, StanceSide])[] = [['agreement', 'agree'], ['disagreement', 'disagree'], ['concession', 'concede']];

/** The reply's tagged sentences: one signal per sentence and tag, weighted by the sentence's place. */
export function tagSignals(own: readonly Sentence[]): StanceSignal[] {
  const signals: StanceSignal[] = [];
  own.forEach((sentence, index) => {
    for (const [tag, side] of SIDES) {
      const confidence = tagConfidence(sentence, tag);
      if (confidence === 0) continue;
      for (const reason of sentence.reasons) {
        if (reason.tag === tag) signals.push({ id: tag, side, weight: positionWeight(index) * confidence, cue: reason.cue, fromTag: true });
      }
    }
  });
  return signals;
}

const SECOND_PERSON = new Set(['you', 'your', 'yours', 'yourself', 'u', 'ur']);
const THIRD_PARTIES = new Set(['they', 'them', 'their', 'theirs', 'themselves']);
const NEGATORS = new Set(['not', 'never', 'no', 'nobody', 'nothing', 'none']);
const REFERENCE = /\byou (?:say|said|claim|claimed|think|seem to think|argue|argued|wrote|mean|meant|are saying)\b|\byour (?:point|argument|claim|comment|logic|reasoning)\b/;
/**
 * A reply opening that carries the parent's line on: an additive connective ("And the docs are worse.",
 * "Also, …", "Plus …", "Not to mention …"), a me-too ("Same with my phone.", "Similar story here:", "Likewise."),
 * or an inverted "so"/"neither" ("So is the sequel.", "Neither does mine."), which says the parent's predicate
 * holds of something more. A question or a denial in the same words is left to the sentence rules.
 */
const CONTINUES = /^(?:(?:and|also|plus|likewise|similarly|ditto)\b(?! (?:who|what|why|how|where|yet)\b)|not to mention\b|on top of that\b|same (?:here|with|for|goes|thing|story|experience|thought|problem|issue)\b|same\s*[.!]|similar (?:story|experience|anecdote|thing|situation|here|issue|problem)\b|me too\b|(?:so|neither|nor) (?:is|are|was|were|does|do|did|has|have|had|can|will|would) (?!you\b|i\b|we\b))/;

const usesAny = (tokens: readonly Tokens[], words: ReadonlySet<string>): boolean => tokens.some((sentence) => sentence.words.some((word) => words.has(word)));

/** How far before its negator the writer's "I" makes the negation the writer's own ("I really don't need"). */
const OWN_SUBJECT_REACH = 3;

/** "I don't need the full suite", "I can't see it in 3.8": the writer's own state, which negates nothing the parent said. */
const writersOwn = (words: readonly string[], negator: number): boolean =>
  words.slice(Math.max(0, negator - OWN_SUBJECT_REACH), negator).includes('i');

/** The first negated reply word that is one of the parent's key terms, by stem ("vaccines" meets "vaccine"). */
function negatedParentTerm(tokens: readonly Tokens[], parent: ParentView): string | null {
  for (const { words } of tokens) {
    const found = words.find((word, index) => {
      if (!isKeyWord(word)) return false;
      const negator = negatorBefore(words, index);
      return negator >= 0 && parent.stems.has(stem(word)) && !writersOwn(words, negator);
    });
    if (found) return found;
  }
  return null;
}

/** Does the reply's first sentence carry the parent's line on ("And …", "Same with …", "So is X")? */
function continuesParent(opening: Tokens | undefined, asked: boolean): boolean {
  if (!opening || asked || opening.words.includes('?')) return false;
  return CONTINUES.test(opening.joined.replace(/^(?:oh|well|yeah|yes|yep|haha|lol) ,? ?/, ''));
}

/** How the reply talks: about whom, asking or exclaiming, negating the parent, continuing it, answering it. */
export function addressSignals(own: readonly Sentence[], tokens: readonly Tokens[], parent: ParentView | null, quotes: boolean): StanceSignal[] {
  const signals: StanceSignal[] = [];
  // Only when it does not turn to the other person: "they" beside "you" is as often "they say you're wrong".
  if (!usesAny(tokens, SECOND_PERSON) && usesAny(tokens, THIRD_PARTIES)) signals.push({ id: 'about-others', side: 'agree', weight: 0.35, cue: 'talks with the parent about others (they)' });
  const asks = own.some((sentence) => sentence.tags.includes('question'));
  if (!asks && own.some((sentence) => sentence.text.includes('!'))) signals.push({ id: 'exclaims', side: 'agree', weight: 0.2, cue: 'exclaims' });
  if (usesAny(tokens, NEGATORS)) signals.push({ id: 'negation', side: 'disagree', weight: 0.15, cue: 'negation' });
  const negated = parent === null ? null : negatedParentTerm(tokens, parent);
  if (negated) signals.push({ id: 'negates-parent-term', side: 'disagree', weight: 0.3, cue: `negates the parent's "${negated}"` });
  const asked = parent?.asks === true;
  if (continuesParent(tokens[0], asked)) signals.push({ id: 'continues-parent', side: 'agree', weight: 0.35, cue: `continues the parent's point ("${tokens[0]!.words.slice(0, 3).join(' ')} …")` });
  else {
    const added = addsToParent(tokens[0]);
    if (added) signals.push({ id: 'adds-to-parent', side: 'agree', weight: 0.35, cue: `adds to the parent's point ("${added}")` });
  }
  if (quotes || tokens.some((sentence) => REFERENCE.test(sentence.joined))) signals.push({ id: 'refers-to-parent', side: 'scale', weight: 1.2, cue: 'refers to the parent' });
  if (asked) signals.push({ id: 'answers-question', side: 'scale', weight: 0.6, cue: 'answers the parent\'s question' });
  return signals;
}

/** How much an exchange kept going lends disagreement: alone it stays below the threshold, one more cue passes it. */
const EXCHANGE_WEIGHT = 0.2;
/** How much an opening claim under the parent's view lends disagreement: a nudge that decides only close calls. */
const VERDICT_WEIGHT = 0.1;
/** How much an opening that takes up the parent's affirmed terms in an exchange lends agreement (builds-on.ts). */
const ECHO_WEIGHT = 0.35;
/** How much less sure a reply to one's own post is, either way. */
const OWN_POST_SCALE = 0.5;
/** And how much less again that it disputes: writers seldom dispute their own post. */
const OWN_POST_DISPUTE_SCALE = 0.5;
/** How much less sure a reply under the opening post is when it answers another post instead. */
const ANSWERS_INSTEAD_SCALE = 0.5;

/** Where the reply sits in its exchange (reply-place.ts), and whether it opens with a verdict on the parent's view. */
export function shapeSignals(own: readonly Sentence[], parent: ParentView | null, place: ReplyPlace | undefined, tokens?: readonly Tokens[]): StanceSignal[] {
  const signals: StanceSignal[] = [];
  if (place?.answersBack || place?.answeredBack) {
    const cue = place.answersBack ? 'answers back in an exchange with the parent\'s writer' : 'the parent\'s writer answers back';
    signals.push({ id: 'keeps-exchange-going', side: 'disagree', weight: EXCHANGE_WEIGHT, cue });
  }
  if (place?.ownPost) {
    signals.push({ id: 'own-post', side: 'scale', weight: OWN_POST_SCALE, cue: 'follows up the writer\'s own post' });
    signals.push({ id: 'own-post', side: 'scale', only: 'disagree', weight: OWN_POST_DISPUTE_SCALE, cue: 'follows up the writer\'s own post' });
  }
  const echoed = parent === null || place?.underOpening ? null : echoesParent(own[0], tokens?.[0], parent);
  if (echoed) signals.push({ id: 'echoes-parent', side: 'agree', weight: ECHO_WEIGHT, cue: `echoes the parent ("${echoed.slice(0, 3).join('", "')}")` });
  if (place?.answersInstead) signals.push({ id: 'answers-instead', side: 'scale', weight: ANSWERS_INSTEAD_SCALE, cue: `answers ${place.answersInstead}, not the opening post` });
  if (parent !== null && !parent.asks && parent.statements.length > 0 && verdictIndex(own) >= 0) {
    signals.push({ id: 'verdict', side: 'disagree', weight: VERDICT_WEIGHT, cue: 'verdict under the parent\'s claim: opens with a claim of its own' });
  }
  return signals;
}
