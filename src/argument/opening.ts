// What a reply opens with. The first thing said under someone's post is the verdict on it, once past what is no
// objection: a line copied from the parent (a quotation without markup), an apology, a yes or a grant; and
// openings that state no position of the writer's (an aside, a note on themselves, thanks, approval).
import type { Post, Sentence } from '../model.js';
import { notArguable } from './arguable.js';
import { grantsInWords, ownsMistake } from './concessions.js';
import { negates } from './link.js';
import { has, type ArgumentThread } from './thread.js';
import { countWords, squash } from './words.js';

/** Words a sentence must run to for a verbatim copy of the parent to be a quotation, not a chance match ("I agree."). */
const MIN_COPIED_WORDS = 5;

/**
 * Openings that are no objection: the writer on themselves ("I'm only getting into this because…", "I am
 * familiar with both", "I know that…"; a verdict, "I think…", "I deny…", stays), a note or an aside ("Note:…",
 * "To be clear, …", "(I'll just talk about…)"), or a grant ("Obviously (and as you note)…", "I don't dispute…").
 */
const OPENS_ASIDE = /^(?:(?:so|well|and|also|ok(?:ay)?|yeah|honestly|ah|oh|fwiw|hmm|just)\W+)*(?:i(?:'m| am| was|'ve| have| had| know| just| might| may| will|'ll)\b|note\b|adding\b|to be clear\b|\(|obviously\b|of course\b|maybe you\b|i (?:don't|do not) dispute\b)/i;

/**
 * "In particular the first bullet point seems important and clear.", "Mononoke is AMAZING.", "Dang, COW registry
 * is pretty neat.", "Very wise comment", "I found it simply amazing": approval of the other's point or of the thing discussed, no objection
 * (unless it goes on to an exception: "The devices are amazing except for the keyboard").
 */
const APPROVES = /\b(?:(?:is|are|'s|seems?|looks?|sounds?|(?:find|found) (?:it|this|that|them)) (?:\w+ ){0,2}(?:important|clear|good|great|helpful|right|correct|interesting|useful|reasonable|fair|valid|true|amazing|awesome|neat|cool|lovely|nice|wonderful|impressive|beautiful|incredible|brilliant|excellent|fantastic)|^\W*(?:a |very |really |such a )+(?:great|good|wise|nice|brilliant|excellent|wonderful|fantastic|impressive)(?: \w+)?)\b/i;
const EXCEPTS = /\b(?:but|except|though|although|however)\b/i;
const approves = (text: string): boolean => {
  const approval = APPROVES.exec(text);
  return approval !== null && !negates(text) && !EXCEPTS.test(text.slice(approval.index + approval[0].length));
};

/** "I absolutely loved the film", "I also really like Urho3D": the writer's liking, no objection. */
const LIKES = /^(?:\w+\W+){0,2}?i (?:\w+ ){0,2}(?:love|loved|like|liked|enjoy|enjoyed|adore)\b/i;

/** "A Patreon would be cool", "it would be nice if…": a wish beside the other's point, no objection to it. */
const WISHES = /\b(?:would|'d) (?:\w+ )?be (?:so |really |very )?(?:cool|nice|lovely|great|awesome|good|neat)\b/i;

/** "To build on this, …", "While they are at it, …": the reply adds to the other's point. */
const BUILDS_ON = /^\W*(?:to build on|building on|adding to|to add to|on top of (?:that|this)|while (?:they|we|you)(?:'re| are) at it|similarly|likewise)\b/i;

/** Thanks, or praise of the writer ("You guys are brilliant and I can't be anything but thankful…"): no objection. */
const THANKS_OR_PRAISE = /\b(?:thanks?|thankful|grateful)\b|^\W*you(?: guys| all)?(?:'re| are) (?:\w+ )?(?:brilliant|awesome|amazing|great|wonderful|the best)\b/i;

/** Short is fine ("This is silly."); a joke, narration ("Let me share a story…") or an instruction is no objection. */
export const opensAnObjection = (sentence: Sentence): boolean => {
  const plain = sentence.text.replace(/’/g, "'");
  const why = notArguable(sentence);
  return (why === null || why === 'a fragment') && !OPENS_ASIDE.test(plain) && !THANKS_OR_PRAISE.test(plain)
    && !approves(plain) && !(LIKES.test(plain) && !negates(plain))
    && !WISHES.test(plain) && !BUILDS_ON.test(plain);
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
