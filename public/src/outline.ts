// The outline view: the thread as an indented list in reading order, whole posts, for reading rather
// than browsing. It follows the filter; clicking a post opens it in the panel.
import { authorLabel, stanceText, tagBadges } from '../../src/layout/card.js';
import { STANCE_COLOURS, TAG_COLOURS, stanceKey } from '../../src/layout/palette.js';
import type { MapDocument, Post } from '../../src/model.js';
import { append, byId, el, formatDate } from './dom.js';
import type { Marks } from './cards.js';
import { isShown, type TreeState } from './tree-state.js';

/** Deeper replies stop indenting here, so a long chain stays readable on a narrow screen. */
const MAX_INDENT = 10;
/** Past this many items the browser is told to skip drawing those off screen. */
const LONG_OUTLINE = 300;

function outlineItem(post: Post, depth: number): HTMLElement {
  const key = stanceKey(post.stance);
  const item = el('article', { class: 'outline-item', 'data-post-id': post.id, tabindex: '-1' });
  item.style.setProperty('--depth', String(Math.min(depth, MAX_INDENT)));
  item.style.setProperty('--swatch', STANCE_COLOURS[key]);
  const date = formatDate(post.createdAt);
  const badges = tagBadges(post).map((badge) => {
    const chip = el('span', { class: 'tag-chip' }, badge.text);
    chip.style.setProperty('--tag', TAG_COLOURS[badge.tag]);
    return chip;
  });
  append(item,
    el('header', {}, el('strong', {}, authorLabel(post)), el('span', { class: 'stance-label' }, stanceText(post)),
      depth > MAX_INDENT ? el('span', { class: 'depth' }, `depth ${depth}`) : null, date ? el('time', {}, date) : null),
    el('div', { class: 'outline-text' }, post.text),
    badges.length ? el('p', { class: 'panel-badges' }, ...badges) : null,
  );
  return item;
}

export interface OutlineView {
  render(): void;
  clear(): void;
  mark(marks: Marks): void;
  scrollTo(id: string): void;
}

export function createOutline(doc: MapDocument, state: TreeState, onOpen: (id: string) => void): OutlineView {
  const container = byId('outline-view');
  container.addEventListener('click', (event) => {
    const item = (event.target as HTMLElement).closest<HTMLElement>('[data-post-id]');
    if (item?.dataset.postId) onOpen(item.dataset.postId);
  });
  const find = (id: string) => container.querySelector<HTMLElement>(`[data-post-id="${CSS.escape(id)}"]`);
  return {
    render() {
      const items = doc.posts.filter((post) => isShown(state, post.id)).map((post) => outlineItem(post, state.depth.get(post.id) ?? 0));
      container.replaceChildren(...(items.length ? items : [el('p', { class: 'empty' }, 'No posts match this filter.')]));
      container.classList.toggle('long', items.length > LONG_OUTLINE);
    },
    clear() {
      container.replaceChildren();
    },
    mark(marks) {
      for (const node of container.querySelectorAll('.selected, .hit')) node.classList.remove('selected', 'hit', 'current-hit');
      for (const id of marks.hits ?? []) find(id)?.classList.add('hit');
      if (marks.current) find(marks.current)?.classList.add('current-hit');
      if (marks.selected) find(marks.selected)?.classList.add('selected');
    },
    scrollTo(id) {
      find(id)?.scrollIntoView({ block: 'center' });
    },
  };
}
