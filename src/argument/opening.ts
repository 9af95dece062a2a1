// What a reply opens with. The first thing said under someone's post is the verdict on it, once past what is no
// objection: a line copied from the parent (a quotation without markup), an apology, a yes or a grant; and
// openings that state no position of the writer's (an aside, a note on themselves, thanks, approval: src/tag/no-position.ts).
import type { Post, Sentence } from '../model.js';
import { statesNoPosition } from '../tag/no-position.js';
import { notArguable } from './arguable.js';
import { grantsInWords, ownsMistake } from './concessions.js';
import { has, type ArgumentThread } from './thread.js';
import { countWords, squash } from './words.js';

/** Words a sentence must run to for a verbatim copy of the parent to be a quotation, not a chance match ("I agree."). */
const MIN_COPIED_WORDS = 5;

/** Short is fine ("This is silly."); a joke, narration ("Let me share a story…") or an instruction is no objection. */
export const opensAnObjection = (sentence: Sentence): boolean => {
  const plain = sentence.text.replace(/’/g, "'");
  const why = notArguable(sentence);
  return (why === null || why === 'a fragment') && !statesNoPosition(plain);
};

/**
 * A sentence the reply copies word for word from the post it answers: a quotation set without quote markup
 * (Hacker News has none), the other's words, not the writer's.
 */
export function copiesParent(thread: ArgumentThread, post: Post, sentence: Sentence): boolean {
  const parent = post.parentId === null ? undefined : thread.byId.get(post.parentId);
  return parent !== undefined && countWords(sentence.text) >= MIN_COPIED_WORDS && thread.postWordsOf(parent).includes(` ${squash(sentence.text)} `);
}

/** The reply's first sentence of its own (not a quoted passage) past an apology, a yes or a grant ("You may well be right."). */
export const openingOf = (thread: ArgumentThread, post: Post) =>
  post.sentences.findIndex((s) => !s.quoted && !has(s, 'agreement') && !ownsMistake(s.text) && !grantsInWords(s.text) && !copiesParent(thread, post, s));

/**
 * The writer says they agree: a sentence tagged agreement or granting in words. The post's stance label alone
 * is no sign; on replies without stance words it is read from their shape ("talks with the parent about others").
 */
export const agrees = (post: Post) => post.sentences.some((s) => !s.quoted && (has(s, 'agreement') || grantsInWords(s.text)));
