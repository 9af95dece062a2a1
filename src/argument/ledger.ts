// Per participant: posts, claims made, clashes started and received, concessions made and received.
import type { Clash, Concession, LedgerEntry } from '../model.js';
import { has, type ArgumentThread } from './thread.js';

export function buildLedger(thread: ArgumentThread, clashes: readonly Clash[], concessions: readonly Concession[]): LedgerEntry[] {
  const entries = new Map<string | null, LedgerEntry>();
  const entry = (author: string | null) => {
    let found = entries.get(author);
    if (!found) {
      found = { author, posts: 0, claims: 0, clashesStarted: 0, clashesReceived: 0, concessionsMade: 0, concessionsReceived: 0 };
      entries.set(author, found);
    }
    return found;
  };
  for (const post of thread.posts) {
    if (post.placeholder) continue;
    const mine = entry(thread.authorOf(post));
    mine.posts++;
    for (const s of post.sentences) if (!s.quoted && has(s, 'claim')) mine.claims++;
  }
  for (const clash of clashes) { entry(clash.from.author).clashesStarted++; entry(clash.to.author).clashesReceived++; }
  for (const grant of concessions) { entry(grant.from.author).concessionsMade++; entry(grant.to.author).concessionsReceived++; }
  return [...entries.values()].sort((a, b) => b.posts - a.posts || b.clashesStarted - a.clashesStarted);
}
