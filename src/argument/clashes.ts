// Clashes: a sentence of a reply that disputes a sentence of the post it answers (its parent, or a post it
// quotes). A sentence clashes when the tagger reads it as disagreement; or, in a reply that disagrees, when
// it is a claim pointing at what the other said ("even given your clarifications"); or when it negates the
// other's own words in quotation marks. Replies to oneself are no clash; neither is "X, but Y" whose X is
// only the writer's own limits ("This isn't my call, but it's my impression") or that takes up none of the
// other's words, nor a bare "Nope." answering a question.
import type { Clash, Post, Sentence } from '../model.js';
import { addressesOther, isTextual, linkSentence, negates, type Link } from './link.js';
import { SELF_DOUBT } from './concessions.js';
import { answered, has, type ArgumentThread } from './thread.js';

/** "X, but Y": X doubts only the writer, and Y rejects nothing. */
function onlySelfDoubt(text: string): boolean {
  const cut = text.search(/,?\s+but\s+/i);
  return cut > 0 && SELF_DOUBT.test(text.slice(0, cut).replace(/’/g, "'")) && !negates(text.slice(cut).replace(/^,?\s+but\s+/i, ''));
}

/** A bare "X, but Y" contrast disputes someone only when it takes up their words. */
const needsTextualLink = (sentence: Sentence) =>
  !has(sentence, 'disagreement') ? false : sentence.reasons.filter((r) => r.tag === 'disagreement').every((r) => r.cue === 'X, but Y');

/** "Nope." under a question answers it; it rejects nobody's view. */
const answersAQuestion = (sentence: Sentence, target: Post) =>
  /^(no|nope|nah|not really)\W*$/i.test(sentence.text.trim()) && target.sentences.some((s) => has(s, 'question'));

function clashCue(post: Post, index: number, thread: ArgumentThread, target: Post): string | null {
  const sentence = post.sentences[index]!;
  if (sentence.quoted || has(sentence, 'question') && !has(sentence, 'disagreement')) return null;
  if (has(sentence, 'disagreement')) {
    const cues = sentence.reasons.filter((reason) => reason.tag === 'disagreement').map((reason) => reason.cue);
    if (cues.every((cue) => cue === 'X, but Y') && onlySelfDoubt(sentence.text)) return null;
    return `disagreement (${cues[0] ?? 'tagged'})`;
  }
  if (!has(sentence, 'claim')) return null;
  const disputing = post.stance?.label === 'disagree' || post.stance?.label === 'mixed';
  if (disputing && addressesOther(sentence.text)) return 'claim against what “you” said';
  if (negates(sentence.text)) {
    const link = linkSentence(thread, post, index, target);
    if (link.cues[0]!.startsWith('repeats “')) return 'negates the other’s words';
  }
  return null;
}

/** The target to hold: a link read from the text beats the thesis fallback; the parent wins ties. */
function bestLink(thread: ArgumentThread, post: Post, index: number, targets: readonly Post[]): { target: Post; link: Link } {
  const links = targets.map((target) => ({ target, link: linkSentence(thread, post, index, target) }));
  return links.find(({ link }) => isTextual(link)) ?? links[0]!;
}

export function findClashes(thread: ArgumentThread): Clash[] {
  const clashes: Clash[] = [];
  for (const post of thread.posts) {
    if (post.placeholder || post.parentId === null) continue;
    const me = thread.authorOf(post);
    const targets = answered(thread, post).filter((target) => me === null || thread.authorOf(target) !== me);
    if (targets.length === 0) continue;
    post.sentences.forEach((_, index) => {
      const cue = clashCue(post, index, thread, targets[0]!);
      if (cue === null) return;
      const { target, link } = bestLink(thread, post, index, targets);
      if (needsTextualLink(post.sentences[index]!) && !isTextual(link)) return;
      if (answersAQuestion(post.sentences[index]!, target)) return;
      clashes.push({
        id: `c${clashes.length + 1}`,
        from: { postId: post.id, sentence: index, author: me },
        to: { postId: target.id, sentence: link.sentence, author: thread.authorOf(target) },
        cues: [cue, ...link.cues],
        resolved: false,
      });
    });
  }
  return clashes;
}
