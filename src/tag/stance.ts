// A reply's stance toward its parent, from the reply's own sentences (quoted lines are the parent's words):
// the named signals of stance-signals.ts, weighed here. Per side, the strongest tagged sentence counts and the
// reply's other signals add to it; the scaling signals then multiply both sides. A concession together with
// disagreement is mixed; nothing strong enough either way is neutral.
import type { ReplyPlace, Sentence, Stance, StanceLabel } from '../model.js';
import { readParent, type ParentView } from './parent.js';
import { addressSignals, shapeSignals, tagSignals, type StanceSignal } from './stance-signals.js';
import { tokenize, type Tokens } from './tokens.js';

/** Below this on both sides, the reply is neutral. */
const STANCE_THRESHOLD = 0.35;

interface Tally { agree: number; disagree: number; concede: number }

/** Per side: the strongest tag signal plus every other signal; then the scales on agree and disagree (a scale may take one side only). */
function tallyOf(signals: readonly StanceSignal[]): Tally {
  const fromTags: Tally = { agree: 0, disagree: 0, concede: 0 };
  const added: Tally = { agree: 0, disagree: 0, concede: 0 };
  const scale = { agree: 1, disagree: 1 };
  for (const signal of signals) {
    if (signal.side === 'scale') {
      if (signal.only !== 'disagree') scale.agree *= signal.weight;
      if (signal.only !== 'agree') scale.disagree *= signal.weight;
    }
    else if (signal.fromTag) fromTags[signal.side] = Math.max(fromTags[signal.side], signal.weight);
    else added[signal.side] += signal.weight;
  }
  return { agree: (fromTags.agree + added.agree) * scale.agree, disagree: (fromTags.disagree + added.disagree) * scale.disagree, concede: fromTags.concede + added.concede };
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
  /** Where the reply sits in its exchange (reply-place.ts), when the caller has the thread around it. */
  place?: ReplyPlace;
}

/** The named signals a reply gives toward its parent (see stance-signals.ts), in the order they were read. */
export function stanceSignals(reply: readonly Sentence[], parent: ParentView | string | null, context: StanceContext = {}): StanceSignal[] {
  const parentView = typeof parent === 'string' ? readParent(parent) : parent;
  const own = reply.filter((sentence) => !sentence.quoted);
  const ownTokens = context.tokens?.filter((_, index) => !reply[index]!.quoted) ?? own.map((sentence) => tokenize(sentence.text));
  const quotes = context.quotesParent === true || own.length < reply.length;
  return [...tagSignals(own), ...addressSignals(own, ownTokens, parentView, quotes), ...shapeSignals(own, parentView, context.place, ownTokens)];
}

/** `parent`: the parent post, read once with readParent (its text is read here when given as a string). */
export function stanceToward(reply: Sentence[], parent: ParentView | string | null, context: StanceContext = {}): Stance {
  const signals = stanceSignals(reply, parent, context);
  const { label, strength } = decide(tallyOf(signals));
  const confidence = Math.round(Math.min(0.95, Math.max(0.05, strength)) * 100) / 100;
  return { label, confidence, cues: [...new Set(signals.map((signal) => signal.cue))] };
}
