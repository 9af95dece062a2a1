// The side panel for one post: who, when, score, a link to the original, a link to the post in this
// map, what it quotes, and its full text with each tagged sentence highlighted in its most telling tag
// (a split underline when it has several; hover one to see the cue behind its tags).
import { authorLabel, stanceText, tagBadges } from '../../src/layout/card.js';
import { byPriority, STANCE_COLOURS, TAG_COLOURS, stanceKey } from '../../src/layout/palette.js';
import type { MapDocument, Post } from '../../src/model.js';
import { append, byId, el, formatDate, safeHref } from './dom.js';
import { permalinkLine } from './permalink.js';
import { describeSentence, splitUnderline, textRuns } from './sentences.js';
import type { UrlState } from './url-state.js';

export interface PanelHandlers {
  onClose(): void;
  onJump(id: string): void;
  /** What the page shows now, for the post's link to keep (view, filter, search). */
  linkState(): UrlState;
}

export interface PostPanel {
  show(post: Post): void;
  hide(): void;
  /** Highlights one sentence of the open post (by index) and scrolls it into view. */
  focusSentence(index: number): void;
  readonly openId: string | null;
}

function stanceLine(post: Post, posts: Map<string, Post>): HTMLElement {
  const key = stanceKey(post.stance);
  const parent = post.parentId ? posts.get(post.parentId) : undefined;
  const pill = el('span', { class: 'stance-pill' }, stanceText(post));
  pill.style.setProperty('--swatch', STANCE_COLOURS[key]);
  if (!parent) return el('p', { class: 'panel-stance' }, pill);
  const parentButton = el('button', { type: 'button', class: 'link-button' }, authorLabel(parent));
  parentButton.dataset.jump = parent.id;
  // A deleted reply (or one whose stance could not be read) has no stance "toward" its parent, only a place.
  if (!post.stance) return el('p', { class: 'panel-stance' }, pill, ' reply to ', parentButton);
  return el('p', { class: 'panel-stance' }, pill, ' toward ', parentButton, ` (${Math.round(post.stance.confidence * 100)}% sure)`);
}

function metaLine(post: Post): HTMLElement {
  const date = formatDate(post.createdAt);
  const href = safeHref(post.url);
  const parts: (string | HTMLElement)[] = [];
  if (date) parts.push(el('time', { datetime: post.createdAt! }, date));
  if (post.score !== null) parts.push(`score ${post.score}`);
  if (href) parts.push(el('a', { href, target: '_blank', rel: 'noopener noreferrer nofollow' }, 'original ↗'));
  if (post.duplicates.length) parts.push(`${post.duplicates.length} duplicate ${post.duplicates.length === 1 ? 'copy' : 'copies'} merged`);
  const line = el('p', { class: 'panel-meta' });
  parts.forEach((part, i) => line.append(...(i ? [' · ', part] : [part])));
  return line;
}

/** A link post (an HN story) says what it links to: its title and the address. */
function linkLine(post: Post): HTMLElement | null {
  const href = safeHref(post.link);
  if (!post.title && !href) return null;
  const title = el('strong', {}, post.title ?? href!);
  return el('p', { class: 'panel-link' }, href ? el('a', { href, target: '_blank', rel: 'noopener noreferrer nofollow' }, title, ` ↗ ${new URL(href).host}`) : title);
}

function postText(post: Post, cueLine: HTMLElement): HTMLElement {
  const body = el('div', { class: 'post-text' });
  for (const run of textRuns(post)) {
    if (!run.sentence) {
      body.append(run.text);
      continue;
    }
    if (run.sentence.tags.length === 0) {
      body.append(el('span', { class: 'sentence-plain', 'data-sentence': String(run.index) }, run.text));
      continue;
    }
    const tags = byPriority(run.sentence.tags);
    const why = describeSentence(run.sentence);
    const span = el('span', { class: `sentence ${tags.map((t) => `tag-${t}`).join(' ')}`, 'data-tags': tags.join(' '), 'data-sentence': String(run.index), title: why }, run.text);
    span.style.setProperty('--tag', TAG_COLOURS[tags[0]!]);
    const underline = splitUnderline(tags);
    if (underline) {
      span.classList.add('multi-tag');
      span.style.setProperty('--marks', underline);
    }
    span.addEventListener('mouseenter', () => { cueLine.textContent = why; });
    body.append(span);
  }
  return body;
}

export function createPostPanel(doc: MapDocument, handlers: PanelHandlers): PostPanel {
  const panel = byId('post-panel');
  const posts = new Map(doc.posts.map((post) => [post.id, post]));
  const children = new Map<string, number>();
  for (const post of doc.posts) if (post.parentId) children.set(post.parentId, (children.get(post.parentId) ?? 0) + 1);
  let openId: string | null = null;

  panel.addEventListener('click', (event) => {
    const target = event.target as HTMLElement;
    if (target.closest('.panel-close')) return handlers.onClose();
    target.closest('.quote-text')?.parentElement?.classList.toggle('open');
    const jump = target.closest<HTMLElement>('[data-jump]');
    if (jump?.dataset.jump) handlers.onJump(jump.dataset.jump);
  });

  return {
    get openId() { return openId; },
    show(post) {
      openId = post.id;
      const cueLine = el('p', { class: 'cue-line' }, 'Hover a highlighted sentence to see why it was tagged.');
      const badges = el('p', { class: 'panel-badges' });
      for (const badge of tagBadges(post)) {
        const chip = el('span', { class: 'tag-chip' }, badge.text);
        chip.style.setProperty('--tag', TAG_COLOURS[badge.tag]);
        badges.append(chip);
      }
      const quotes = post.quotes.map((quote) => {
        const source = quote.postId ? posts.get(quote.postId) : undefined;
        return el('blockquote', { class: 'panel-quote', title: 'Click to show the whole quote' }, el('span', { class: 'quote-text' }, quote.text),
          source ? el('footer', {}, '— ', el('button', { type: 'button', class: 'link-button', 'data-jump': source.id }, authorLabel(source))) : null);
      });
      const replies = children.get(post.id) ?? 0;
      panel.replaceChildren();
      append(panel,
        el('button', { type: 'button', class: 'panel-close', 'aria-label': 'Close the post panel', title: 'Close (Esc)' }, '×'),
        el('h2', { class: 'panel-author' }, authorLabel(post)),
        stanceLine(post, posts),
        metaLine(post),
        permalinkLine(post.id, handlers.linkState),
        post.parentId === null ? linkLine(post) : null,
        badges,
        ...quotes,
        postText(post, cueLine),
        cueLine,
        el('p', { class: 'panel-replies' }, replies ? `${replies} direct ${replies === 1 ? 'reply' : 'replies'}` : 'No replies'),
      );
      panel.hidden = false;
      panel.scrollTop = 0;
    },
    hide() {
      openId = null;
      panel.hidden = true;
    },
    focusSentence(index) {
      for (const old of panel.querySelectorAll('.focused')) old.classList.remove('focused');
      const span = panel.querySelector<HTMLElement>(`.post-text [data-sentence="${index}"]`);
      span?.classList.add('focused');
      span?.scrollIntoView({ block: 'center' });
    },
  };
}
