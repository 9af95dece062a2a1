// A reply that opens by adding to what its parent said builds on it: "I also think the sequel is better",
// "The docs were a mess as well.", "I felt that way too!", "Another use case is lazy loading." The additive
// word says the writer's point is one more of the parent's kind (LABELLING: agree "endorses or extends the
// parent's point"). On the 11 seen real sets such an opening came with an agreeing reply in 20 of 28 replies,
// 16 of them read neutral before this was read.
// Read only in the reply's opening sentence, and only where nothing turns against the parent there: a question
// ("Is that also true for X?") asks, and a negation or a contrast ("that's not also …", "but also") may add an
// objection rather than support. "You also …" is left out: added to the other person, it is as often a
// charge ("You also forgot the tests.") as support.
import type { Sentence } from '../model.js';
import { keyStemPositions, type ParentView } from './parent.js';
import type { Tokens } from './tokens.js';

/** Subjects that make "also" the writer's (or the shared topic's) addition, not a charge against the other. */
const ADDING_SUBJECTS = new Set(['i', 'we', 'it', 'this', 'that', 'they', 'he', 'she']);
/** Words that turn a sentence against something: with them an additive word may add an objection. */
const TURNING = new Set(['not', 'never', 'no', 'nobody', 'nothing', 'none', 'but', 'however', 'although', 'though', 'yet', 'actually', 'unless', 'wrong']);
/** How far after its subject "also" may stand ("I also …", "I would also …", "It is also …"). */
const ALSO_REACH = 2;
/** Verbs that link a subject to "another …" ("That is another reason", "This would be another option"). */
const LINKING = new Set(['is', 'be', 'was', 'are']);

const closesClause = (next: string | undefined): boolean => next === undefined || /^[.!,;:)]$/.test(next);

/**
 * The additive word by which an opening sentence adds to its parent's point, or null: "also" after the
 * writer's subject, "too" or "as well" closing a clause, "another …" opening the sentence or after a linking verb.
 */
export function addsToParent(opening: Tokens | undefined): string | null {
  if (!opening) return null;
  const { words } = opening;
  if (words.includes('?') || words.some((word) => TURNING.has(word))) return null;
  for (let at = 0; at < words.length; at++) {
    const word = words[at]!;
    if (word === 'also' && words.slice(Math.max(0, at - ALSO_REACH), at).some((before) => ADDING_SUBJECTS.has(before))) return 'also';
    if (word === 'too' && at > 0 && closesClause(words[at + 1])) return 'too';
    if (word === 'as' && words[at + 1] === 'well' && closesClause(words[at + 2])) return 'as well';
    if (word === 'another' && (at === 0 || LINKING.has(words[at - 1]!))) return 'another';
  }
  return null;
}

/** How many of one parent statement's content words an opening must take up to echo it. */
const ECHO_TERMS = 2;

/**
 * In an exchange (not under the opening post, where every on-topic reply shares the post's words), an opening
 * that takes up the terms of one of the parent's affirmed statements and turns against nothing goes along with
 * it: "The night buses really are the worst part of the commute." under "The night buses make the commute
 * miserable." The words it takes up, or null. An opening that asks, disputes or grants is left to those tags.
 */
export function echoesParent(opening: Sentence | undefined, tokens: Tokens | undefined, parent: ParentView): string[] | null {
  if (!opening || !tokens || opening.tags.some((tag) => tag === 'question' || tag === 'disagreement' || tag === 'concession')) return null;
  if (tokens.words.includes('?') || tokens.words.some((word) => TURNING.has(word))) return null;
  const own = keyStemPositions(tokens);
  if (own.size < ECHO_TERMS) return null;
  for (const statement of parent.statements) {
    if (statement.negated || statement.from !== undefined) continue;
    let shared = 0;
    for (const stem of own.keys()) if (statement.stems.has(stem)) shared++;
    if (shared >= ECHO_TERMS) return [...own].filter(([stem]) => statement.stems.has(stem)).map(([, at]) => tokens.words[at]!);
  }
  return null;
}
