// "Show": all posts, only disagreements, only concessions, or one author's posts. The tree keeps the
// posts that pass and, dimmed, the posts they answer, so every kept post is still in its place.
import type { MapDocument, Post, TagName } from '../../src/model.js';
import { byId, el } from './dom.js';

export type Filter =
  | { kind: 'all' }
  | { kind: 'disagreements' }
  | { kind: 'concessions' }
  | { kind: 'author'; author: string };

/**
 * A reply's stance alone makes it a disagreement only when the stance reader is this sure: below it,
 * "disagree" is mostly a reply that says "you" and "not" (on a 483-post Reddit thread, 72 posts read as
 * disagreeing with no disagreement of their own, 53 of them under 0.6), and "Only disagreements" kept
 * 38% of the cards instead of the clashes (24% with this bar).
 */
export const SURE_STANCE = 0.6;

/** The post says it in its own words (a sentence it quotes from someone else does not count). */
const says = (post: Post, tag: TagName) => post.sentences.some((s) => !s.quoted && s.tags.includes(tag));

const opposes = (post: Post) => (post.stance?.label === 'disagree' || post.stance?.label === 'mixed') && post.stance.confidence >= SURE_STANCE;

/** The test a post must pass, or null when every post is shown. `writerOf` names a post's writer (the
 * author, or for pasted text the speaker inferred from the replies). */
export function filterPredicate(filter: Filter, writerOf: (post: Post) => string | null = (post) => post.author): ((post: Post) => boolean) | null {
  switch (filter.kind) {
    case 'all': return null;
    case 'disagreements': return (post) => says(post, 'disagreement') || opposes(post);
    case 'concessions': return (post) => says(post, 'concession');
    case 'author': return (post) => writerOf(post) === filter.author;
  }
}

export function parseFilter(value: string): Filter {
  if (value === 'disagreements' || value === 'concessions') return { kind: value };
  if (value.startsWith('author:') && value.length > 'author:'.length) return { kind: 'author', author: value.slice('author:'.length) };
  return { kind: 'all' };
}

/** A filter from an address: an author the map does not have shows every post instead of none. */
export function filterFromUrl(value: string, doc: MapDocument): Filter {
  const filter = parseFilter(value);
  return filter.kind === 'author' && !doc.posts.some((post) => post.author === filter.author) ? { kind: 'all' } : filter;
}

export function filterValue(filter: Filter): string {
  return filter.kind === 'author' ? `author:${filter.author}` : filter.kind;
}

/** Fills the author choices (most active first) and reports each change of the select. */
export function wireFilterSelect(doc: MapDocument, onChange: (filter: Filter) => void): { show(filter: Filter): void } {
  const select = byId<HTMLSelectElement>('filter');
  const group = byId('author-options');
  const authors = doc.summary.participants.filter((p) => p.author !== null).sort((a, b) => b.posts - a.posts);
  for (const participant of authors) {
    group.appendChild(el('option', { value: `author:${participant.author!}` }, `${participant.author!} (${participant.posts})`));
  }
  group.hidden = authors.length === 0;
  select.addEventListener('change', () => onChange(parseFilter(select.value)));
  return { show: (filter) => { select.value = filterValue(filter); } };
}
