// What the address keeps, so a reload or a shared link shows the same thing: the view, the filter and
// the search in the query (?view=outline&filter=disagreements&q=word) and the open post in the hash
// (#post-<id>, the permalink of one post). Defaults are left out, so a plain map's address stays plain.

export interface UrlState {
  /** The open post, or null. */
  post: string | null;
  view: string;
  /** A filter value as the "Show" select writes it: all, disagreements, concessions, author:NAME. */
  filter: string;
  query: string;
}

export const DEFAULT_VIEW = 'tree';
export const DEFAULT_FILTER = 'all';
const POST_HASH = '#post-';

function decoded(text: string): string | null {
  try {
    return decodeURIComponent(text);
  } catch {
    return null; // a hand-edited "%E0%A4%A" names no post
  }
}

export function readUrlState(location: { search: string; hash: string }): UrlState {
  const params = new URLSearchParams(location.search);
  const post = location.hash.startsWith(POST_HASH) ? decoded(location.hash.slice(POST_HASH.length)) : null;
  return {
    post: post || null,
    view: params.get('view') || DEFAULT_VIEW,
    filter: params.get('filter') || DEFAULT_FILTER,
    query: params.get('q')?.trim() ?? '',
  };
}

export function postHash(id: string): string {
  return `${POST_HASH}${encodeURIComponent(id)}`;
}

/** The query and hash for `state`, other query parameters of `search` kept as they were. */
export function urlSuffix(state: UrlState, search = ''): string {
  const params = new URLSearchParams(search);
  const set = (name: string, value: string, fallback: string) => (value && value !== fallback ? params.set(name, value) : params.delete(name));
  set('view', state.view, DEFAULT_VIEW);
  set('filter', state.filter, DEFAULT_FILTER);
  set('q', state.query.trim(), '');
  const query = params.toString();
  return `${query ? `?${query}` : ''}${state.post ? postHash(state.post) : ''}`;
}

/** The address of this page showing `state`: what "copy link" copies. */
export function pageUrl(state: UrlState, location: { origin: string; pathname: string; search: string; protocol: string; href: string }): string {
  const base = location.protocol === 'file:' ? location.href.replace(/[?#].*$/, '') : `${location.origin}${location.pathname}`;
  return `${base}${urlSuffix(state, location.search)}`;
}

/** Puts `state` in the address bar without adding a history entry (every filter change is not a page). */
export function writeUrlState(state: UrlState): void {
  const next = `${window.location.pathname}${urlSuffix(state, window.location.search)}`;
  if (next === `${window.location.pathname}${window.location.search}${window.location.hash}`) return;
  try {
    window.history.replaceState(window.history.state, '', next);
  } catch {
    // A saved HTML file opened where the browser refuses to rewrite a file: address; the page works on.
  }
}

export interface UrlActions {
  /** Shows a view by name; false when the page has no such view. */
  showView(view: string): boolean;
  setFilter(value: string): void;
  search(query: string): void;
  /** Opens a post in the panel, its card in sight; false when the map has no such post. */
  openPost(id: string): boolean;
}

/** Shows what an address asks for: view, filter, search, then the post (last, so it ends in sight). */
export function restoreUrlState(state: UrlState, actions: UrlActions): void {
  if (state.view !== DEFAULT_VIEW) actions.showView(state.view);
  if (state.filter !== DEFAULT_FILTER) actions.setFilter(state.filter);
  if (state.query) actions.search(state.query);
  if (state.post) actions.openPost(state.post);
}

/** A "#post-<id>" link followed inside the page (pasted in the address bar, clicked in a post) opens that post. */
export function followPostLinks(openPost: (id: string) => boolean): void {
  window.addEventListener('hashchange', () => {
    const { post } = readUrlState(window.location);
    if (post) openPost(post);
  });
}
