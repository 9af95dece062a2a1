// Main claims: what the thread argues about. Every claim sentence (not a question, a quoted passage, nor a
// joke, narration, an instruction or a fragment: see arguable.ts) scores by what it drew; a claim that cites
// its evidence ("C is much better than C++. http://…", "For example, support for X would improve Y") is still
// a claim, and readers list it as one (an evidence line without a claim is none):
// clashes, concessions, supports (more when they come from several people), replies to the post whose thesis
// it is, and the opening post's thesis. A claim restated by others (most of its terms again) is clustered
// into the first one, its weight added. The opening post's thesis and the first answer's thesis weigh extra:
// they set what the thread disputes. A claim that takes up fewer than two of the opening post's terms is a
// quip beside the subject and keeps a fifth of its score. A sentence the writer marks as their point ("my
// main critique is that…", see arguable.ts) weighs extra. A reader names each post's point once: a post gives
// one main claim, a long one (an essay as opening post) one per PER_CLAIM_SENTENCES sentences, at most three;
// beyond that only a sentence disputed or granted in its own right (two clashes or concessions drawn) stands.
// Where each piece lives: claim-candidates.ts (which sentences, the record), restated-claims.ts (clustering),
// claims-per-post.ts (a post's room), answered-targets.ts (replies answering a post).
import type { Clash, Concession, MainClaim, Post, Support } from '../model.js';
import { signpostsThesis } from './arguable.js';
import { answerCounts } from './answered-targets.js';
import { added, drawnBy, isClaim, NONE, type Candidate } from './claim-candidates.js';
import { namedOncePerPost } from './claims-per-post.js';
import { clusterRestatements } from './restated-claims.js';
import type { ArgumentThread } from './thread.js';
import { squash } from './words.js';

const MAIN_CLAIMS = 8;
const EXCERPT_CHARS = 300;
/** Only the best-scored claims are clustered: a restatement deep in the tail cannot lift a main claim far. */
const CLUSTERED = 200;
/** Weight of the first answer's thesis: in an exchange it states the other side's position. */
const OPENING_ANSWER = 0.75;
/** Rarity-weighted terms of the opening post (two at least) a claim must use to count fully as on the thread's subject. */
const ON_SUBJECT_WEIGHT = 6;
/** What a claim off the subject keeps of its score. */
const OFF_SUBJECT = 0.2;
const DRAW_WEIGHT = { clash: 1, concession: 1, support: 0.6 } as const;
/** Weight of the point of a reply that disputes the opening post: as much as a clash drawn. */
const OBJECTION_TO_OPENING = DRAW_WEIGHT.clash;
/** Weight of being quoted by another writer (each quote). */
const QUOTED = 1;
/** Weight of a sentence its writer marks as the point. */
const SIGNPOSTED = 2;

const keyOf = (postId: string, sentence: number) => `${postId}#${sentence}`;

/** "Yes, but the older he gets, the more legitimate the claim becomes.": past the grant, four words at least of the writer's own. */
const turnsToOwnPosition = (text: string): boolean => /\b(?:but|however|yet|still)\b,?(?:\s+[\w'’-]+){4,}/i.test(text);

/** The sentences of `post` a quoted passage holds. */
function sentencesIn(thread: ArgumentThread, post: Post, passage: string): number[] {
  const quoted = ` ${squash(passage)} `;
  const found: number[] = [];
  thread.sentenceWordsOf(post).forEach((words, i) => { if (words.length > 0 && quoted.includes(` ${words} `)) found.push(i); });
  return found;
}

/**
 * `openingPost`: the first post is the thread's opening post as the site gave it (a pasted exchange may start
 * mid-way, with a reply: then it sets no subject).
 */
export function rankClaims(thread: ArgumentThread, clashes: Clash[], concessions: Concession[], supports: Support[], openingPost = true): MainClaim[] {
  const candidates = new Map<string, Candidate>();
  // A grant ("Fair point, I concede that X") is what was given up, not what the thread argues for; one that
  // turns on the writer's own position ("Yes, X, but Y") argues for Y.
  const grants = new Set(concessions.filter((g) => !turnsToOwnPosition(thread.byId.get(g.from.postId)!.sentences[g.from.sentence]!.text))
    .map((g) => keyOf(g.from.postId, g.from.sentence)));
  const candidate = (post: Post, index: number, quotedByOther = false): Candidate | undefined => {
    const sentence = post.sentences[index];
    const key = keyOf(post.id, index);
    let found = candidates.get(key);
    if (!found) {
      if (!sentence || !isClaim(sentence, quotedByOther) || grants.has(key)) return undefined;
      const text = sentence.text.length <= EXCERPT_CHARS ? sentence.text : `${sentence.text.slice(0, EXCERPT_CHARS - 1).replace(/\s+\S*$/, '')}…`;
      const base = 0.3 * sentence.confidence + (signpostsThesis(sentence.text) ? SIGNPOSTED : 0);
      found = { postId: post.id, sentence: index, author: thread.authorOf(post), text, score: base,
        clashes: NONE, supports: NONE, concessions: NONE, restatedBy: NONE, people: null };
      candidates.set(key, found);
    }
    return found;
  };
  const draw = (kind: keyof typeof DRAW_WEIGHT, id: string, to: { postId: string; sentence: number | null }, by: string | null) => {
    const post = thread.byId.get(to.postId);
    const index = to.sentence ?? (post ? thread.thesisOf(post) : null);
    const claim = post && index !== null ? candidate(post, index) : undefined;
    if (!claim) return;
    claim.score += DRAW_WEIGHT[kind];
    drawnBy(claim, by);
    if (kind === 'clash') claim.clashes = added(claim.clashes, id);
    else if (kind === 'concession') claim.concessions = added(claim.concessions, id);
    else claim.supports = added(claim.supports, id);
  };
  for (const c of clashes) draw('clash', c.id, c.to, c.from.author);
  for (const g of concessions) draw('concession', g.id, g.to, g.from.author);
  for (const s of supports) draw('support', s.id, s.to, s.from.author);
  // A passage another writer quotes in order to answer it is something the thread argues about.
  for (const post of thread.posts) {
    const by = thread.authorOf(post);
    for (const quote of post.quotes) {
      const quoted = quote.postId === null ? undefined : thread.byId.get(quote.postId);
      if (!quoted || (by !== null && thread.authorOf(quoted) === by)) continue;
      for (const index of sentencesIn(thread, quoted, quote.text)) {
        const claim = candidate(quoted, index, true);
        if (!claim) continue;
        claim.score += QUOTED;
        drawnBy(claim, by);
      }
    }
  }
  // A reply that disputes the opening post states a position the thread takes up: readers list its point beside
  // the thesis it answers (its point, not the disputing sentence: which sentence is a post's point is thesisOf's).
  const root = thread.posts.find((post) => post.parentId === null && !post.placeholder);
  const objecting = new Set(clashes.filter((c) => c.to.postId === root?.id).map((c) => c.from.postId));
  for (const id of objecting) {
    const post = thread.byId.get(id)!;
    const thesis = thread.thesisOf(post);
    const point = thesis === null ? undefined : candidate(post, thesis);
    if (point) point.score += OBJECTION_TO_OPENING;
  }

  // The opening post's thesis, and the first answer to it by someone else: these set what is disputed.
  const answers = answerCounts(thread);
  const firstAnswer = root && (thread.children.get(root.id) ?? []).find((reply) => thread.authorOf(reply) !== thread.authorOf(root));
  for (const post of thread.posts) {
    post.sentences.forEach((sentence, index) => { if (signpostsThesis(sentence.text)) candidate(post, index); });
    const thesis = thread.thesisOf(post);
    const claim = thesis === null ? undefined : candidate(post, thesis);
    if (!claim) continue;
    claim.score += 0.5 * Math.log2(1 + (answers.get(post.id) ?? 0)) + (post === root ? 1 : post === firstAnswer ? OPENING_ANSWER : 0);
  }
  // The thread's subject is what its opening post talks about: a claim using none of its terms is a quip beside it.
  const subject = new Set(root ? root.sentences.flatMap((_, i) => [...thread.stemsOf(root, i)]) : []);
  const onSubject = (c: Candidate) => {
    if (!openingPost) return 1;
    let weight = 0;
    let shared = 0;
    for (const stem of thread.stemsOf(thread.byId.get(c.postId)!, c.sentence)) if (subject.has(stem)) { weight += thread.weightOf(stem); shared++; }
    return shared < 2 ? 0 : Math.min(1, weight / ON_SUBJECT_WEIGHT);
  };
  // Scored in place of copies: a big thread has a candidate for nearly every claim, and only CLUSTERED go on.
  const all = [...candidates.values()];
  const scores = all.map((c) => c.score * (1 + 0.5 * Math.max(0, (c.people?.size ?? 0) - 1)) * (OFF_SUBJECT + (1 - OFF_SUBJECT) * onSubject(c)));
  const ranked = all.map((_, i) => i).sort((a, b) => scores[b]! - scores[a]!).slice(0, CLUSTERED)
    .map((i) => ({ ...all[i]!, score: scores[i]! }));
  return namedOncePerPost(thread, clusterRestatements(thread, ranked).sort((a, b) => b.score - a.score))
    .slice(0, MAIN_CLAIMS)
    // Each main claim with lists of its own (NONE is shared).
    .map(({ people: _people, score, ...claim }) => ({
      ...claim, clashes: [...claim.clashes], supports: [...claim.supports], concessions: [...claim.concessions], restatedBy: [...claim.restatedBy],
      score: Math.round(score * 100) / 100,
    }));
}
