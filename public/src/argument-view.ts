// The Argument view, beside Tree and Outline: the main claims, each with the clashes against it (Against)
// and the concessions and agreements for it (For), open and resolved marked; then the disagreements and
// concessions that touch no main claim. Every item names a sentence of a post: clicking it opens the post
// with that sentence highlighted. Maps stored before the argument stage say so instead.
import type { ArgumentMap, Clash, MainClaim, MapDocument, SentenceRef } from '../../src/model.js';
import { byId, el } from './dom.js';

/** Longest list of unattached items drawn before "…and N more" (a 5,000-post thread stays quick). */
const MORE_AFTER = 60;

export interface ArgumentView {
  render(): void;
  clear(): void;
}

type Jump = (postId: string, sentence: number | null) => void;

export function createArgumentView(doc: MapDocument, onJump: Jump): ArgumentView {
  const container = byId('argument-view');
  const posts = new Map(doc.posts.map((post) => [post.id, post]));
  container.addEventListener('click', (event) => {
    const item = (event.target as HTMLElement).closest<HTMLElement>('[data-argument-post]');
    if (!item?.dataset.argumentPost) return;
    const sentence = item.dataset.sentence === undefined ? null : Number(item.dataset.sentence);
    onJump(item.dataset.argumentPost, sentence);
  });
  const textOf = (ref: { postId: string; sentence: number | null }) => {
    const post = posts.get(ref.postId);
    return (ref.sentence === null ? post?.text : post?.sentences[ref.sentence]?.text) ?? '';
  };
  /** One clickable line: who said it, in which post, the sentence itself, and a mark. */
  const item = (ref: SentenceRef | { postId: string; sentence: number | null; author: string | null }, kind: string, mark?: HTMLElement | null) => {
    const attrs: Record<string, string> = { type: 'button', class: `arg-item arg-${kind}`, 'data-argument-post': ref.postId, title: 'Open this sentence in its post' };
    if (ref.sentence !== null) attrs['data-sentence'] = String(ref.sentence);
    return el('button', attrs,
      el('span', { class: 'arg-who' }, `${ref.author ?? 'anonymous'} · ${ref.postId}`), mark ?? null,
      el('span', { class: 'arg-text' }, textOf(ref)));
  };
  const clashMark = (clash: Clash) => clash.resolved
    ? el('span', { class: 'arg-mark resolved', title: `Granted in ${clash.resolvedBy!.postId}` }, `resolved in ${clash.resolvedBy!.postId}`)
    : el('span', { class: 'arg-mark open' }, 'open');

  function claimCard(argument: ArgumentMap, claim: MainClaim, rank: number): HTMLElement {
    const against = argument.clashes.filter((c) => claim.clashes.includes(c.id));
    // "Sure, X, but Y" both grants and disputes: one item, against, marked as granting part.
    const disputing = new Set(against.map((c) => `${c.from.postId}#${c.from.sentence}`));
    const grantsPart = (ref: SentenceRef) => disputing.has(`${ref.postId}#${ref.sentence}`);
    const allGrants = argument.concessions.filter((g) => claim.concessions.includes(g.id));
    const partly = new Set(allGrants.filter((g) => grantsPart(g.from)).map((g) => `${g.from.postId}#${g.from.sentence}`));
    const grants = allGrants.filter((g) => !grantsPart(g.from));
    const supports = argument.supports.filter((s) => claim.supports.includes(s.id));
    const column = (title: string, kind: string, items: HTMLElement[]) =>
      el('div', { class: `arg-column arg-${kind}-column` }, el('h4', {}, `${title} (${items.length})`),
        ...(items.length ? items : [el('p', { class: 'empty' }, kind === 'con' ? 'Nobody disputed it.' : 'Nobody granted or backed it.')]));
    return el('section', { class: 'claim-card', 'data-claim-rank': String(rank) },
      el('h3', {}, el('span', { class: 'claim-rank' }, `${rank}`), item(claim, 'claim')),
      claim.restatedBy.length ? el('p', { class: 'arg-restated' }, `Also said in ${claim.restatedBy.map((r) => r.postId).join(', ')}`) : null,
      el('div', { class: 'arg-columns' },
        column('Against', 'con', against.map((c) => item(c.from, 'clash', partly.has(`${c.from.postId}#${c.from.sentence}`)
          ? el('span', {}, clashMark(c), ' ', el('span', { class: 'arg-mark concedes', title: 'It grants part of the point too' }, 'grants part'))
          : clashMark(c)))),
        column('For', 'pro', [
          ...grants.map((g) => item(g.from, 'concession', el('span', { class: 'arg-mark concedes' }, 'concedes'))),
          ...supports.map((s) => item(s.from, 'support', el('span', { class: 'arg-mark agrees' }, 'agrees'))),
        ])));
  }

  function list(title: string, items: HTMLElement[]): HTMLElement | null {
    if (!items.length) return null;
    const shown = items.slice(0, MORE_AFTER);
    return el('section', { class: 'arg-list' }, el('h3', {}, `${title} (${items.length})`), ...shown,
      items.length > shown.length ? el('p', { class: 'empty' }, `…and ${items.length - shown.length} more (all in the Markdown and JSON exports).`) : null);
  }

  return {
    render() {
      const argument = doc.argument;
      if (!argument) {
        container.replaceChildren(el('p', { class: 'empty' }, 'This map was made before the argument view existed: map the thread again to see its claims and clashes.'));
        return;
      }
      const onClaims = new Set(argument.claims.flatMap((c) => [...c.clashes, ...c.concessions]));
      const open = argument.clashes.filter((c) => !c.resolved).length;
      const speakers = argument.speakers?.length ? ` · ${argument.speakers.length} speakers inferred` : '';
      container.replaceChildren(
        el('p', { class: 'arg-stats' }, `${argument.claims.length} main claims · ${argument.clashes.length} clashes (${open} open) · ${argument.concessions.length} concessions${speakers}`),
        ...argument.claims.map((claim, i) => claimCard(argument, claim, i + 1)),
        ...[
          list('Other disagreements', argument.clashes.filter((c) => !onClaims.has(c.id)).map((c) => item(c.from, 'clash', clashMark(c)))),
          list('Other concessions', argument.concessions.filter((g) => !onClaims.has(g.id))
            .map((g) => item(g.from, 'concession', el('span', { class: 'arg-mark concedes' }, `to ${g.to.author ?? g.to.postId}`)))),
        ].filter((section): section is HTMLElement => section !== null),
      );
    },
    clear() {
      container.replaceChildren();
    },
  };
}
