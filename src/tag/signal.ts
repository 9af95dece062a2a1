// What cues and rules say about a sentence before it is scored: one signal per (tag, cue), with the
// weight it lends the tag (negative: evidence against) and the word it sits on, for rules about order.
import type { TagName } from '../model.js';
import type { ParentView } from './parent.js';
import type { Tokens } from './tokens.js';

export interface Signal {
  tag: TagName;
  /** The words or the rule's name, as a reader will see it. */
  cue: string;
  weight: number;
  /** Index of the word the cue starts at. */
  at: number;
  /**
   * A stable name for what wrote the signal (a lexicon entry's `id`, or a rule's), for rules that read another's
   * signal: display names are for readers and may be reworded.
   */
  id?: string;
}

/** Does a signal carry one of these stable ids? */
export const hasId = (signal: Signal, ids: ReadonlySet<string>): boolean => signal.id !== undefined && ids.has(signal.id);

/** What a rule sees: the sentence, its words, the signals found so far (lexicon first, then earlier rules),
 * and, for a reply's own sentences, the post it replies to and whether the sentence opens the reply. */
export interface SentenceView {
  text: string;
  tokens: Tokens;
  signals: readonly Signal[];
  parent?: ParentView;
  /** The reply's opening: its first own sentence, or the first after a quoted passage (what answers it). */
  opening?: boolean;
  /** The text around the sentence is conversation: it speaks as I or to you, or replies (register.ts). */
  conversation?: boolean;
}

/** A rule about language (negation, contrast, question form…): adds signals, never removes them. */
export type Rule = (sentence: SentenceView) => Signal[];

export const hasSignal = (signals: readonly Signal[], tag: TagName, where: (signal: Signal) => boolean = () => true): boolean =>
  signals.some((signal) => signal.tag === tag && signal.weight > 0 && where(signal));
