// Search: every post whose text or author contains the words, in reading order. The viewer opens the
// path to each hit; Enter / ↓ steps to the next, Shift+Enter / ↑ to the previous.
import type { MapDocument } from '../../src/model.js';
import { byId } from './dom.js';

export interface SearchHandlers {
  /** The hits changed (null: the search was cleared). Only posts the filter shows are searched. */
  onHits(hits: string[] | null): void;
  /** Step to this hit. */
  onCurrent(id: string): void;
}

export interface Search {
  clear(): void;
  /** Searches for `query` as if typed in the box (a restored address does this). */
  setQuery(query: string): void;
  readonly active: boolean;
  /** What the box searches for now ('' when nothing). */
  readonly query: string;
}

export function createSearch(doc: MapDocument, isShown: (id: string) => boolean, handlers: SearchHandlers): Search {
  const input = byId<HTMLInputElement>('search-input');
  const count = byId('search-count');
  const haystacks = doc.posts.map((post) => ({ id: post.id, text: `${post.author ?? ''}\n${post.text}`.toLowerCase() }));
  let hits: string[] = [];
  let index = -1;

  const show = () => {
    count.textContent = input.value.trim() ? (hits.length ? `${index + 1} of ${hits.length}` : 'no matches') : '';
  };
  const step = (by: number) => {
    if (!hits.length) return;
    index = (index + by + hits.length) % hits.length;
    show();
    handlers.onCurrent(hits[index]!);
  };
  const run = () => {
    const query = input.value.trim().toLowerCase();
    if (!query) {
      hits = [];
      index = -1;
      show();
      handlers.onHits(null);
      return;
    }
    hits = haystacks.filter((h) => isShown(h.id) && h.text.includes(query)).map((h) => h.id);
    index = -1;
    handlers.onHits(hits);
    if (hits.length) step(1);
    else show();
  };

  input.addEventListener('input', run);
  input.addEventListener('keydown', (event) => {
    if (event.key === 'Enter') {
      event.preventDefault();
      step(event.shiftKey ? -1 : 1);
    } else if (event.key === 'Escape') {
      input.value = '';
      run();
      input.blur();
    }
  });
  byId('search-form').addEventListener('submit', (event) => event.preventDefault());
  byId('search-next').addEventListener('click', () => step(1));
  byId('search-prev').addEventListener('click', () => step(-1));
  return {
    clear() {
      input.value = '';
      run();
    },
    setQuery(query) {
      input.value = query;
      run();
    },
    get active() { return hits.length > 0; },
    get query() { return input.value.trim(); },
  };
}
