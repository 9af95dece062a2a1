// Clashes: a sentence of a reply that disputes a sentence of the post it answers (its parent, or a post it
// quotes). A sentence clashes when the tagger reads it as disagreement; or, in a reply that disagrees, when
// it is a claim pointing at what the other said ("even given your clarifications"); or when it is the claim
// the reply opens with (opening.ts: the first thing said under someone's claim is the verdict on it, "The
// fact that it's listed is meaningless.", unless the writer says they agree; most replies that push back carry
// no stance cue); or when it negates the other's own words in quotation marks. Replies to oneself are no
// clash; neither is naming the disagreement ("we have a disagreement about whether…"), nor "X, but Y" whose X
// is only the writer's own limits ("This isn't my call, but it's my impression") or that takes up none of the
// other's words, nor a bare "Nope." answering a question, nor an opening under a post that asks and claims
// nothing. Under a link post (no text: its title names the subject) only words that dispute, or a denial that
// takes up the title's terms, make a clash.
// A reply whose parent is missing from the thread (a placeholder) still disputes it, as a whole post.
// Readers name a reply's objection, not every sentence that elaborates it: a reply keeps its opening clash
// and its plainest ones, MAX_PER_REPLY in all (see rankInReply), and its challenge questions only when it
// states no objection.
import type { Clash, Post, Sentence } from '../model.js';
import { negates } from '../tag/plain-negation.js';
import { disputesByShape, isClauseContrast } from '../tag/shape-cues.js';
import { answeredTargets } from './answered-targets.js';
import { addressesOther, isTextual, linkSentence, type Link } from './link.js';
import { NAMES_DISAGREEMENT, SELF_DOUBT } from './concessions.js';
import { agrees, copiesParent, openingOf, opensAnObjection } from './opening.js';
import { has, type ArgumentThread } from './thread.js';

/** Clashes kept per reply: the objection and its plainest restatement. */
const MAX_PER_REPLY = 2;

/** "X, but Y": X doubts only the writer, and Y rejects nothing. */
function onlySelfDoubt(text: string): boolean {
  const cut = text.search(/,?\s+but\s+/i);
  return cut > 0 && SELF_DOUBT.test(text.slice(0, cut).replace(/’/g, "'")) && !negates(text.slice(cut).replace(/^,?\s+but\s+/i, ''));
}

const disagreementCues = (sentence: Sentence) => sentence.reasons.filter((r) => r.tag === 'disagreement').map((r) => r.cue);

/**
 * A disagreement read from "X, but Y" alone disputes someone only when it takes up their words: the contrast is
 * often within the writer's own point. A reply that opens by denying ("Brett Favre wasn't 72.") answers its
 * parent by its place, whatever words it uses.
 */
const needsTextualLink = (sentence: Sentence) => has(sentence, 'disagreement') && disagreementCues(sentence).every(isClauseContrast);

/**
 * "Nope." under a question answers it; it rejects nobody's view. So does a reply's opening or a contrast that
 * answers a plain question ("isn't that better?" → "Maybe, I was working offline…"): only words that dispute
 * make an answer to a question a clash.
 */
function answersAQuestion(sentence: Sentence, target: Post, disputed: number | null, cue: string): boolean {
  if (/^(no|nope|nah|not really)\W*$/i.test(sentence.text.trim())) return target.sentences.some((s) => has(s, 'question'));
  const asked = disputed === null ? undefined : target.sentences[disputed];
  return asked !== undefined && has(asked, 'question') && !has(asked, 'disagreement') && !plainlyDisputes(cue);
}

/** A clash read from words that dispute ("I disagree", "that's wrong"), not from the sentence's shape or place. */
const plainlyDisputes = (cue: string) => {
  const tagged = /^disagreement \((.*)\)$/.exec(cue)?.[1];
  return tagged !== undefined && !disputesByShape(tagged);
};

/**
 * A post with no text of its own (a Hacker News or Reddit link post: its title names what the thread is about):
 * a reply's place under it ("Netbooks aren't dead, …" as the first thing said) disputes nothing in it.
 */
const saysNothing = (post: Post) => !post.placeholder && post.sentences.length === 0;

/** "Retiring in Japan doesn't really mean the same…" under "Miyazaki Announces Retirement": the title's terms taken up. */
function takesUpTitle(thread: ArgumentThread, post: Post, index: number, target: Post): boolean {
  const title = thread.titleStemsOf(target);
  return [...thread.stemsOf(post, index)].some((stem) => title.has(stem));
}

const disputing = (post: Post) => post.stance?.label === 'disagree' || post.stance?.label === 'mixed';

/** The reply answers a claim of the other's: the sentence it takes up, else their thesis; not a post of questions only. */
const answersAClaim = (thread: ArgumentThread, post: Post, index: number, target: Post) =>
  !target.placeholder && linkSentence(thread, post, index, target).sentence !== null;

/** `opening`: the reply's opening (openingOf), worked out once per reply. */
function clashCue(post: Post, index: number, thread: ArgumentThread, target: Post, opening: number): string | null {
  const sentence = post.sentences[index]!;
  if (sentence.quoted || has(sentence, 'question') && !has(sentence, 'disagreement') || copiesParent(thread, post, sentence)) return null;
  if (has(sentence, 'disagreement')) {
    const cues = disagreementCues(sentence);
    // "We have a disagreement about whether…", "we disagree on the object level": about the exchange, disputing no sentence.
    if (onlySelfDoubt(sentence.text) || NAMES_DISAGREEMENT.test(sentence.text.replace(/’/g, "'"))) return null;
    const cue = `disagreement (${cues[0] ?? 'tagged'})`;
    // Read from shape or place alone, praise, a liking, a wish or an aside ("Probably because I was a little kid,
    // but I found it simply amazing.") rejects nobody's view (LABELLING.md).
    if (!plainlyDisputes(cue) && cues.every(disputesByShape) && !opensAnObjection(sentence)) return null;
    return saysNothing(target) && !plainlyDisputes(cue) && !takesUpTitle(thread, post, index, target) ? null : cue;
  }
  if (!has(sentence, 'claim')) return null;
  // Under a post with no text (a link post) a stance or an opening read from the reply's place disputes nothing.
  const objects = disputing(post) && !saysNothing(target);
  if (objects && addressesOther(sentence.text)) return 'claim against what “you” said';
  if (index === opening && opensAnObjection(sentence)) {
    if (objects) return 'opens a reply that disagrees';
    // The tagger reads a stance from cue words; most replies that push back carry none ("The fact that it's
    // listed is meaningless."). The first claim made under someone's claim answers it, unless the writer agrees.
    if (!agrees(post) && answersAClaim(thread, post, index, target)) return 'opens a reply to a claim';
  }
  if (negates(sentence.text) && !target.placeholder) {
    const link = linkSentence(thread, post, index, target);
    if (link.cues[0]!.startsWith('repeats “')) return 'negates the other’s words';
  }
  return null;
}

/** The target to hold: a link read from the text beats the thesis fallback; the parent wins ties. */
function bestLink(thread: ArgumentThread, post: Post, index: number, targets: readonly Post[]): { target: Post; link: Link } {
  const links = targets.map((target) => ({
    target,
    link: target.placeholder ? { sentence: null, cues: ['answers the post, missing from the thread'] } : linkSentence(thread, post, index, target),
  }));
  return links.find(({ link }) => isTextual(link)) ?? links[0]!;
}

/**
 * How plainly a clash states the reply's objection: its opening, the other's words quoted back, words that
 * dispute, then terms shared with the target; earlier first.
 */
function rankInReply(clash: Clash, opening: number): number {
  const [cue, link] = clash.cues as [string, string];
  const plain = plainlyDisputes(cue);
  const linked = link.startsWith('repeats “') ? 3 : isTextual({ sentence: null, cues: [link] }) ? 1 : 0;
  return (clash.from.sentence === opening ? 4 : 0) + linked + (plain ? 2 : 0) - clash.from.sentence * 0.01;
}

export function findClashes(thread: ArgumentThread): Clash[] {
  const clashes: Clash[] = [];
  for (const post of thread.posts) {
    // A bot's notice ("This issue has been automatically marked as stale") answers no one.
    if (post.placeholder || post.parentId === null || /\[bot\]$/.test(post.author ?? '')) continue;
    const targets = answeredTargets(thread, post);
    if (targets.length === 0) continue;
    const mine: Clash[] = [];
    const opening = openingOf(thread, post);
    post.sentences.forEach((sentence, index) => {
      const cue = clashCue(post, index, thread, targets[0]!, opening);
      if (cue === null) return;
      const { target, link } = bestLink(thread, post, index, targets);
      if (needsTextualLink(sentence) && !isTextual(link)) return;
      if (answersAQuestion(sentence, target, link.sentence, cue)) return;
      mine.push({
        id: '',
        from: { postId: post.id, sentence: index, author: thread.authorOf(post) },
        to: { postId: target.id, sentence: link.sentence, author: thread.authorOf(target) },
        cues: [cue, ...link.cues],
        resolved: false,
      });
    });
    // A challenge question ("How could anyone tell?") is the objection only when the reply states none.
    const asks = (clash: Clash) => has(post.sentences[clash.from.sentence]!, 'question');
    const stated = mine.some((clash) => !asks(clash)) ? mine.filter((clash) => !asks(clash)) : mine;
    const kept = new Set(stated.map((clash) => ({ clash, rank: rankInReply(clash, opening) })).sort((a, b) => b.rank - a.rank)
      .slice(0, MAX_PER_REPLY).map(({ clash }) => clash));
    for (const clash of mine) if (kept.has(clash)) clashes.push({ ...clash, id: `c${clashes.length + 1}` });
  }
  return clashes;
}
