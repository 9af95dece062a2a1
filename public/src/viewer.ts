// The map viewer: one state (what is collapsed, filtered, selected, searched) and the parts that show
// it (tree, outline, post panel, summary, legend). Every change goes through here and redraws once.
import type { MapDocument } from '../../src/model.js';
import type { Marks } from './cards.js';
import { byId, whenIdle } from './dom.js';
import { wireExports } from './exports.js';
import { filterFromUrl, filterPredicate, filterValue, wireFilterSelect, type Filter } from './filters.js';
import { neighbour, wireKeyboard, type Direction } from './keyboard.js';
import { renderLegend } from './legend.js';
import { createOutline } from './outline.js';
import { showMapTitle } from './page-title.js';
import { createPostPanel } from './panel.js';
import { createSearch } from './search.js';
import { siblingOrders, sortSiblings } from './sort.js';
import { renderSummary } from './summary.js';
import { createTreeView } from './tree-view.js';
import { applyFilter, collapseFrom, COLLAPSE_ABOVE_POSTS, createTreeState, expandTo, isShown } from './tree-state.js';
import { wireToolbar, type ViewName } from './toolbar.js';
import { createArgumentView } from './argument-view.js';
import { followPostLinks, readUrlState, restoreUrlState, writeUrlState, type UrlState } from './url-state.js';

export type { ViewName };

export function startViewer(doc: MapDocument, mapId: string | null): void {
  byId('viewer').hidden = false;
  showMapTitle(doc);
  const state = createTreeState(doc);
  const posts = new Map(doc.posts.map((post) => [post.id, post]));
  // Pasted text: the speakers read from the replies stand in for authors in the author filter.
  const speakerOf = new Map((doc.argument?.speakers ?? []).flatMap((s) => s.postIds.map((id) => [id, s.label] as const)));
  const marks: Marks = { selected: null, hits: null, current: null, matches: null };
  let view: ViewName = 'tree';
  let filter: Filter = { kind: 'all' };

  const tree = createTreeView(byId<SVGSVGElement>('tree'), state, doc, marks, {
    onOpen: (id) => open(id),
    onToggle: (id) => toggle(id),
  });
  const outline = createOutline(doc, state, (id) => open(id));
  /** What the page shows, as its address keeps it (see url-state.ts). */
  const urlState = (): UrlState => ({ post: panel.openId, view, filter: filterValue(filter), query: search.query });
  const panel = createPostPanel(doc, { onClose: () => closePanel(), onJump: (id) => reveal(id, true), linkState: urlState });
  /** The address follows every change of view, filter, search and open post. */
  const remember = () => writeUrlState(urlState());
  const argumentView = createArgumentView(doc, (id, sentence) => {
    open(id);
    if (sentence !== null) panel.focusSentence(sentence);
  });

  const redraw = (relayout: boolean) => {
    if (view === 'argument') return; // it lists sentences, not the tree's state
    if (view === 'outline') {
      if (relayout) outline.render();
      outline.mark(marks);
    } else if (relayout) tree.update();
    else tree.draw();
  };
  const show = (id: string) => (view === 'tree' ? tree.ensureVisible(id) : view === 'outline' ? outline.scrollTo(id) : undefined);

  function select(id: string | null) {
    marks.selected = id;
    redraw(false);
    if (id) show(id);
  }
  function open(id: string) {
    const post = posts.get(id);
    if (!post) return;
    panel.show(post); // first: the panel narrows the tree, and selecting keeps the card in what is left
    select(id);
    remember();
  }
  function closePanel() {
    panel.hide();
    byId('tree').focus();
    remember();
  }
  /** Opens the path to a post (clearing a filter that hides it), centres it and selects it. */
  function reveal(id: string, andOpen: boolean) {
    if (!isShown(state, id)) setFilter({ kind: 'all' });
    expandTo(state, id);
    redraw(true);
    if (view === 'tree') tree.centreOn(id);
    if (andOpen) open(id);
    else select(id);
  }
  function toggle(id: string) {
    if (state.collapsed.has(id)) state.collapsed.delete(id);
    else state.collapsed.add(id);
    redraw(true);
  }
  function setFilter(next: Filter) {
    filter = next;
    applyFilter(state, filterPredicate(filter, (post) => post.author ?? speakerOf.get(post.id) ?? null));
    marks.matches = state.matches;
    filterSelect.show(filter);
    redraw(true);
    remember();
  }
  function setView(next: ViewName) {
    view = next;
    byId('tree-view').hidden = next !== 'tree';
    byId('outline-view').hidden = next !== 'outline';
    byId('argument-view').hidden = next !== 'argument';
    if (next !== 'argument') argumentView.clear();
    if (next === 'argument') {
      outline.clear();
      tree.clear();
      argumentView.render();
    } else if (next === 'tree') {
      outline.clear();
      tree.update();
    } else {
      tree.clear();
      outline.render();
      outline.mark(marks);
    }
    remember();
  }
  function move(direction: Direction) {
    const from = marks.selected ? tree.placed(marks.selected) : undefined;
    if (view !== 'tree' || !from) {
      const first = tree.nodes().find((node) => node.data.post);
      if (first && view === 'tree') select(first.data.id);
      return;
    }
    if (direction === 'child' && state.collapsed.has(from.data.id)) toggle(from.data.id);
    const target = neighbour(tree.nodes(), tree.placed(from.data.id) ?? from, direction);
    if (target) select(target.data.id);
  }

  const orders = siblingOrders(doc, state.root);
  const filterSelect = wireFilterSelect(doc, setFilter);
  const search = createSearch(doc, (id) => isShown(state, id), {
    onHits(hits) {
      marks.hits = hits && new Set(hits);
      marks.current = null;
      for (const id of hits ?? []) expandTo(state, id);
      redraw(true);
      remember();
    },
    onCurrent(id) {
      marks.current = id;
      reveal(id, false);
    },
  });
  wireToolbar({
    setView,
    setSort(key) {
      sortSiblings(state.root, orders.compare(key));
      redraw(true);
      // The first reply in the new order (the top score, the newest…) is what the reader wants to see.
      const first = state.root.children.find((child) => isShown(state, child.id));
      if (first && view === 'tree') tree.ensureVisible(first.id);
    },
    expandAll() { state.collapsed.clear(); redraw(true); },
    collapseAll() { collapseFrom(state, 1); redraw(true); if (view === 'tree') tree.fit(); },
    fit() { if (view === 'tree') tree.fit(); },
    showOverview: (on) => tree.showOverview(on),
  });
  wireKeyboard({
    move,
    openSelected() { if (marks.selected) open(marks.selected); },
    escape() {
      if (panel.openId) closePanel();
      else if (search.active) search.clear();
    },
    fit() { if (view === 'tree') tree.fit(); },
  });
  renderSummary(doc, { onJump: (id) => reveal(id, true), onAuthor: (author) => setFilter({ kind: 'author', author }) });
  renderLegend(doc.posts.length <= COLLAPSE_ABOVE_POSTS);
  wireExports(doc, mapId);
  tree.update();
  tree.initialView();
  const openPost = (id: string) => {
    if (!posts.has(id)) return false;
    reveal(id, true);
    return true;
  };
  restoreUrlState(readUrlState(window.location), {
    showView(name) {
      const button = document.querySelector<HTMLButtonElement>(`[data-view="${CSS.escape(name)}"]`);
      button?.click(); // through the toolbar, so its pressed state follows
      return !!button;
    },
    setFilter: (value) => setFilter(filterFromUrl(value, doc)),
    search: (query) => search.setQuery(query),
    openPost,
  });
  followPostLinks(openPost);
  document.body.classList.add('tree-ready');
  performance.mark('threadmap:tree-drawn'); // read by bench/web.mjs: time to the first drawn tree
  whenIdle(() => orders.prepare()); // the first "most contested" sort then only sorts
}
