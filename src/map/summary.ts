// The thread in the four lists of the threadmap/1 contract, read off the argument (src/argument):
// participants from the ledger, main claims as ranked, concessions with who granted whom, and the clashes
// nobody resolved on their own point.
import type { ArgumentMap, Post, Summary } from '../model.js';

const EXCERPT_CHARS = 300;

export function excerpt(text: string, max = EXCERPT_CHARS): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).replace(/\s+\S*$/, '')}…`;
}

export function summarize(posts: readonly Post[], argument: ArgumentMap): Summary {
  const byId = new Map(posts.map((post) => [post.id, post]));
  const sentenceText = (postId: string, sentence: number) => excerpt(byId.get(postId)?.sentences[sentence]?.text ?? '');
  return {
    participants: argument.ledger.map((entry) => ({
      author: entry.author, posts: entry.posts, concessions: entry.concessionsMade, disagreements: entry.clashesStarted,
    })),
    mainClaims: argument.claims.map((claim) => ({ postId: claim.postId, text: excerpt(claim.text) })),
    concessions: argument.concessions.map((grant) => ({
      postId: grant.from.postId, text: excerpt(grant.text), from: grant.from.author, to: grant.to.author, toPostId: grant.to.postId,
    })),
    openDisagreements: argument.clashes.filter((clash) => !clash.resolved).map((clash) => ({
      postId: clash.from.postId, text: sentenceText(clash.from.postId, clash.from.sentence),
      from: clash.from.author, with: clash.to.author, withPostId: clash.to.postId,
    })),
  };
}
