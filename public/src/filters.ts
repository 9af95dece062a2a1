// "Show": all posts, only disagreements, only concessions, or one author's posts. The tree keeps the
// posts that pass and, dimmed, the posts they answer, so every kept post is still in its place.
import type { MapDocument, Post } from '../../src/model.js';
import { byId, el } from './dom.js';

export type Filter =
  | { kind: 'all' }
  | { kind: 'disagreements' }
  | { kind: 'concessions' }
  | { kind: 'author'; author: string };

const hasTag = (post: Post, tag: 'disagreement' | 'concession') => post.sentences.some((s) => s.tags.includes(tag));

/** The test a post must pass, or null when every post is shown. `writerOf` names a post's writer (the
 * author, or for pasted text the speaker inferred from the replies). */
export function filterPredicate(filter: Filter, writerOf: (post: Post) => string | null = (post) => post.author): ((post: Post) => boolean) | null {
  switch (filter.kind) {
    case 'all': return null;
    case 'disagreements': return (post) => post.stance?.label === 'disagree' || post.stance?.label === 'mixed' || hasTag(post, 'disagreement');
    case 'concessions': return (post) => hasTag(post, 'concession');
    case 'author': return (post) => writerOf(post) === filter.author;
  }
}

export function parseFilter(value: string): Filter {
  if (value === 'disagreements' || value === 'concessions') return { kind: value };
  if (value.startsWith('author:')) return { kind: 'author', author: value.slice('author:'.length) };
  return { kind: 'all' };
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
