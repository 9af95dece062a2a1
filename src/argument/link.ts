// Which sentence of an earlier post a reply's sentence answers. In order of how plainly the text says so:
// 1. it repeats the other's words in quotation marks ("does not meant “Anthropic wouldn't consider…”");
// 2. it shares the other's telling terms (Porter stems, rare words in the thread count most);
// 3. the reply quotes a passage of that post: the quoted sentence;
// 4. otherwise it answers the post as a whole, read as its thesis (see thesisOf).
// Which posts a reply answers (answeredTargets): its parent and the posts it quotes, and the posts of writers it
// @mentions or names (src/tag/answers.ts); under the opening post, the post it answers instead comes first.
import type { Post, Sentence } from '../model.js';
import { answeredInstead, answeredPosts, type Answer } from '../tag/answers.js';
import { stem } from '../tag/terms.js';
import { negates } from '../tag/plain-negation.js';
import { isFragment, signpostsThesis } from './arguable.js';
import { has, repliedTo, type ArgumentThread } from './thread.js';
import { countWords, rememberRecent, squash, wordsOf } from './words.js';

export interface Link { sentence: number | null; cues: string[] }

/** Shared terms must weigh this much (sum of their rarity) to link two sentences. */
const TERM_LINK_WEIGHT = 3;
const MIN_SHARED_TERMS = 2;
const QUOTED_SPAN = /[“"]([^”"]{8,200})[”"]/g;

/** The writer's verdict: "I think…", "I don't think…", "I doubt…"; after a grant, "…, but I think…". */
const VERDICT = /\bi (?:(?:do not|don.t) )?(?:think|believe|contend|maintain|argue|doubt)\b/;
const VERDICT_AFTER_TURN = new RegExp(String.raw`\bbut ${VERDICT.source}`);

const GRANTED_BACKGROUND = /^(of course|sure|granted|admittedly|obviously|to be fair|yes)\b/i;

/** Openings that report the other writer's view rather than the writer's: "you believe", "you're saying". */
const RESTATES_OTHER = /\byou (?:believe|think|seem to think|say|said|are saying|mean|meant|argue|are arguing|claim|suggest)\b/;

/** The first `count` words of a squashed text. */
function firstWords(words: string, count: number): string {
  let end = -1;
  for (let n = 0; n < count; n++) if ((end = words.indexOf(' ', end + 1)) < 0) return words;
  return words.slice(0, end);
}

/** A post's thesis: its most assertive claim (one citing its evidence too), not a question, a grant of the other's point or a fragment (see ArgumentThread.thesisOf). */
export function findThesis(post: Post): number | null {
  let best: number | null = null;
  let bestScore = -Infinity;
  post.sentences.forEach((sentence, i) => {
    if (sentence.quoted || !has(sentence, 'claim') || has(sentence, 'question') || isFragment(sentence)) return;
    const words = squash(sentence.text);
    // The writer's own verdict ("This I think puts X in violation", "Others did great work but I think…") leads the sentence or follows a turn; asides trail.
    const verdict = VERDICT.test(firstWords(words, 5)) || VERDICT_AFTER_TURN.test(words) ? 0.3 : 0;
    // "Of course…", "Sure, …" grant the background the thesis then builds on; "I agree with the claim that…" grants the other's.
    const background = GRANTED_BACKGROUND.test(sentence.text) || has(sentence, 'agreement') ? 0.3 : 0;
    // "I am now thinking you believe X": the other's view restated, to be answered, not the writer's own.
    const restates = RESTATES_OTHER.test(firstWords(words, 8)) ? 0.5 : 0;
    // "My main critique is that…", "I deny that…": the writer says which sentence is the point.
    const signposted = signpostsThesis(sentence.text) ? 1 : 0;
    const score = sentence.confidence * Math.min(1, countWords(sentence.text) / 25) + verdict + signposted - background - restates - (has(sentence, 'hedge') ? 0.1 : 0) - i * 0.01;
    if (score > bestScore) { bestScore = score; best = i; }
  });
  return best;
}

function byQuotedWords(thread: ArgumentThread, reply: Sentence, target: Post): Link | null {
  for (const match of reply.text.matchAll(QUOTED_SPAN)) {
    const span = squash(match[1]!);
    if (span.split(' ').length < 3) continue;
    const found = thread.sentenceWordsOf(target).findIndex((words) => words.includes(span));
    if (found >= 0) return { sentence: found, cues: [`repeats “${match[1]!.trim().slice(0, 60)}”`] };
  }
  return null;
}

function byTerms(thread: ArgumentThread, reply: Post, index: number, target: Post): Link | null {
  const mine = thread.stemsOf(reply, index);
  let best: { sentence: number; shared: string[]; weight: number } | null = null;
  target.sentences.forEach((sentence, i) => {
    if (sentence.quoted || has(sentence, 'question')) return;
    const shared: string[] = [];
    let weight = 0;
    for (const stem of thread.stemsOf(target, i)) {
      if (!mine.has(stem)) continue;
      shared.push(stem);
      weight += thread.weightOf(stem);
    }
    if (shared.length >= MIN_SHARED_TERMS && weight >= TERM_LINK_WEIGHT && weight > (best?.weight ?? 0)) best = { sentence: i, shared, weight };
  });
  if (best === null) return null;
  const { sentence, shared } = best as { sentence: number; shared: string[] };
  // "doesn’t" with a curly apostrophe denies as "doesn't" does: negates() folds it.
  const denies = negates(reply.sentences[index]!.text) && !negates(target.sentences[sentence]!.text);
  // The reader sees words, not stems: name each shared term by the reply's own word for it.
  const words = [...new Set(wordsOf(reply.sentences[index]!.text).filter((word) => shared.includes(stem(word))))];
  return { sentence, cues: [`${denies ? 'negates' : 'repeats'} terms: ${words.slice(0, 4).join(', ')}`] };
}

const squashQuote = rememberRecent(squash);

function byPostQuote(thread: ArgumentThread, reply: Post, target: Post): Link | null {
  const quote = reply.quotes.find((q) => q.postId === target.id);
  if (!quote) return null;
  const quoted = squashQuote(quote.text);
  const found = thread.sentenceWordsOf(target).findIndex((words) => words.length > 0 && quoted.includes(words.slice(0, 80)));
  return { sentence: found >= 0 ? found : thread.thesisOf(target), cues: [`quotes “${quote.text.slice(0, 60).trim()}…”`] };
}

/**
 * The sentence of `target` that sentence `index` of `reply` answers, and how we know. With no sign in the
 * text, a disagreement answers the post's thesis (`toThesis`); a grant answers the post as a whole.
 */
export function linkSentence(thread: ArgumentThread, reply: Post, index: number, target: Post, toThesis = true): Link {
  const sentence = reply.sentences[index]!;
  return byQuotedWords(thread, sentence, target)
    ?? byTerms(thread, reply, index, target)
    ?? byPostQuote(thread, reply, target)
    ?? (toThesis ? { sentence: thread.thesisOf(target), cues: ['answers the post’s main claim'] } : { sentence: null, cues: ['answers the post'] });
}

/** Is the link read from the text itself (quoted words, shared terms, a quote), not a fallback? */
export const isTextual = (link: Link): boolean => !link.cues[0]!.startsWith('answers the post');

/** Does the sentence, in its own words, point at what the other said ("you say", "your clarifications")? */
export const addressesOther = (text: string): boolean =>
  /\b(you (say|said|claim|argue|suggest|have (now )?(clarified|said|argued|claimed))|your (comment|claim|point|argument|clarifications?|post|reasoning)|even given your)\b/i.test(text);

const answersOfThread = new WeakMap<ArgumentThread, ReadonlyMap<string, Answer[]>>();

/** Per post id, the posts it answers (answers.ts), read once per thread. */
function answersOf(thread: ArgumentThread): ReadonlyMap<string, Answer[]> {
  let answers = answersOfThread.get(thread);
  if (answers === undefined) {
    const read = answeredPosts(thread.posts, true);
    answers = new Map(thread.posts.map((post, index) => [post.id, read[index]!]));
    answersOfThread.set(thread, answers);
  }
  return answers;
}

const previousOfThread = new WeakMap<ArgumentThread, ReadonlyMap<string, Post>>();

/** Per post id, the latest earlier post by someone else, read in one pass (a writer's run of posts shares it). */
function previousByOther(thread: ArgumentThread, post: Post): Post | undefined {
  let previous = previousOfThread.get(thread);
  if (previous === undefined) {
    const found = new Map<string, Post>();
    thread.posts.forEach((current, index) => {
      const before = thread.posts[index - 1];
      if (before === undefined) return;
      const other = before.placeholder || thread.authorOf(before) === thread.authorOf(current) ? found.get(before.id) : before;
      if (other !== undefined) found.set(current.id, other);
    });
    previous = found;
    previousOfThread.set(thread, previous);
  }
  return previous.get(post.id);
}

/** Rarity-weighted key terms of `reply` that `target` uses too. */
function sharedWeight(thread: ArgumentThread, reply: Post, target: Post): number {
  const mine = new Set(reply.sentences.flatMap((sentence, i) => (sentence.quoted ? [] : [...thread.stemsOf(reply, i)])));
  const shared = new Set<string>();
  target.sentences.forEach((_, i) => { for (const stem of thread.stemsOf(target, i)) if (mine.has(stem)) shared.add(stem); });
  return [...shared].reduce((sum, stem) => sum + thread.weightOf(stem), 0);
}

/**
 * A reply in a thread with no reply links (thread.flat) that names no post answers, most often, the post just
 * before it by someone else: the previous post comes first unless the reply shares more of the opening post's
 * terms. The opening post's writer answering under their own post answers the previous post alone.
 */
function flatTargets(thread: ArgumentThread, post: Post, root: Post): Post[] {
  const previous = previousByOther(thread, post);
  const rootByOther = thread.authorOf(root) !== thread.authorOf(post) ? [root] : [];
  if (previous === undefined || previous === root) return rootByOther;
  if (rootByOther.length === 0) return [previous];
  return sharedWeight(thread, post, root) > sharedWeight(thread, post, previous) ? [root, previous] : [previous, root];
}

/**
 * The posts by others a reply's clashes may target: repliedTo's (its parent, the posts it quotes); and, for a reply
 * under the opening post that answers other posts and not the opening post, those posts first (the writers it
 * @mentions or names among them), so a tie goes to them and the fallback target is theirs; in a thread with no
 * reply links, a reply that names no post answers the post before it too (flatTargets). The opening post's
 * writer following up their own post ("@bob suggested to me…") credits rather than disputes: no added targets
 * (on fresh9 they added 29 open disagreements no reader listed).
 */
export function answeredTargets(thread: ArgumentThread, post: Post): Post[] {
  const targets = repliedTo(thread, post);
  const parent = post.parentId === null ? undefined : thread.byId.get(post.parentId);
  if (parent === undefined || parent.parentId !== null) return targets;
  const answers = answersOf(thread).get(post.id) ?? [];
  // The reply names no post (its parent is all answers.ts found): its place is no sign of what it answers.
  if (thread.flat && answers.every((answer) => answer.cue === 'its parent')) return flatTargets(thread, post, parent);
  const instead = answeredInstead(answers, parent.id);
  if (thread.authorOf(parent) === thread.authorOf(post)) return targets;
  const answered = instead.map((answer) => thread.byId.get(answer.postId)).filter((target): target is Post => target !== undefined && !target.placeholder);
  return [...answered, ...targets.filter((target) => !answered.includes(target))];
}
