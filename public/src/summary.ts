// The summary panel: main claims, who conceded what to whom, open disagreements, participants, and what
// went wrong reading the thread. Every item jumps to its post; a participant filters to their posts.
import { authorLabel } from '../../src/layout/card.js';
import type { MapDocument } from '../../src/model.js';
import { byId, el } from './dom.js';

export interface SummaryHandlers {
  onJump(id: string): void;
  onAuthor(author: string): void;
}

function jumpItem(postId: string, ...content: (string | HTMLElement)[]): HTMLLIElement {
  return el('li', {}, el('button', { type: 'button', class: 'summary-item', 'data-jump': postId }, el('span', { class: 'clamp' }, ...content)));
}

const count = (n: number, noun: string) => `${n} ${noun}${n === 1 ? '' : 's'}`;

/** Items drawn at first per list: a 5,000-post thread lists thousands, and laying them out delayed the tree. */
const SHOWN = 50;

/** A titled list of `rows`, the first SHOWN drawn, the rest on "Show all". */
function section<T>(title: string, rows: readonly T[], render: (row: T) => HTMLElement, empty: string): HTMLElement {
  const heading = el('h3', {}, title, el('span', { class: 'count' }, String(rows.length)));
  if (rows.length === 0) return el('section', { class: 'summary-section' }, heading, el('p', { class: 'empty' }, empty));
  const list = el('ul', {}, ...rows.slice(0, SHOWN).map(render));
  if (rows.length > SHOWN) {
    const more = el('button', { type: 'button', class: 'link-button show-all' }, `Show all ${rows.length}`);
    const moreItem = el('li', {}, more);
    more.addEventListener('click', () => moreItem.replaceWith(...rows.slice(SHOWN).map(render)));
    list.append(moreItem);
  }
  return el('section', { class: 'summary-section' }, heading, list);
}


export function renderSummary(doc: MapDocument, handlers: SummaryHandlers): void {
  const panel = byId('summary-panel');
  const posts = new Map(doc.posts.map((post) => [post.id, post]));
  // Pasted text names nobody: say the speaker read from the replies ("Speaker B"), not "post p3".
  const speakers = new Map((doc.argument?.speakers ?? []).flatMap((s) => s.postIds.map((id) => [id, s.label] as const)));
  const who = (postId: string | null | undefined) => {
    const post = postId ? posts.get(postId) : undefined;
    return el('strong', {}, post ? post.author ?? speakers.get(post.id) ?? authorLabel(post) : 'someone');
  };
  /** "A → B: text", or "A: text" when the other side is not known. */
  const between = (postId: string, arrow: string, otherPostId: string | null, text: string) =>
    jumpItem(postId, who(postId), ...(otherPostId ? [arrow, who(otherPostId)] : []), ': ', text);
  const { stats, summary } = doc;
  const removed = stats.duplicatesRemoved ? `, ${count(stats.duplicatesRemoved, 'duplicate')} removed` : '';
  const participant = (p: MapDocument['summary']['participants'][number]) => el('li', {},
    p.author ? el('button', { type: 'button', class: 'link-button', 'data-author': p.author }, p.author) : el('span', {}, 'anonymous'),
    el('span', { class: 'participant-counts' }, `${count(p.posts, 'post')} · ${count(p.concessions, 'concession')} · ${count(p.disagreements, 'disagreement')}`));
  panel.replaceChildren(
    el('h2', {}, 'Summary'),
    el('p', { class: 'summary-stats' }, `${count(stats.posts, 'post')}${removed}, ${count(stats.sentences, 'sentence')}.`),
    section('Main claims', summary.mainClaims, (c) => jumpItem(c.postId, who(c.postId), ': ', c.text), 'No main claims found.'),
    section('Concessions', summary.concessions, (c) => between(c.postId, ' → ', c.toPostId, c.text), 'Nobody conceded anything.'),
    section('Open disagreements', summary.openDisagreements, (d) => between(d.postId, ' vs ', d.withPostId, d.text), 'No open disagreements.'),
    section('Participants', summary.participants, participant, 'The source names no authors.'),
    ...(doc.diagnostics.length ? [section('Notes from reading', doc.diagnostics, (d) => el('li', { class: `diagnostic ${d.level}` }, d.message), '')] : []),
  );
  panel.addEventListener('click', (event) => {
    const target = (event.target as HTMLElement).closest<HTMLElement>('[data-jump], [data-author]');
    if (target?.dataset.jump) handlers.onJump(target.dataset.jump);
    else if (target?.dataset.author) handlers.onAuthor(target.dataset.author);
  });
}
