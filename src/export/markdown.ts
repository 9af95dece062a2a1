// The map as a Markdown summary a person reads top to bottom: what the thread is, its main claims, the
// disagreements still open and those settled, who conceded what to whom, the whole tree as an outline,
// and last the participants (capped). Maps stored before the argument stage existed have only the
// summary: their sections are read from it.
import type { MapDocument, Post, Summary, TagName } from '../model.js';
import { TAGS } from '../model.js';
import { excerpt } from '../map/summary.js';
import { clashLines, concessionLines, LEDGER_ROWS, ledgerLines, mainClaimLines } from './markdown-argument.js';
import { mdText, mdUrl } from './markdown-text.js';

export { mdText };

/** Deeper replies are drawn at this indent with their depth written out: keeps a 10,000-deep chain readable. */
const MAX_INDENT = 12;
const OUTLINE_EXCERPT = 160;

const who = (author: string | null) => (author ? mdText(author) : 'anonymous');
/** A post's writer, or the post itself where the source names no authors (pasted text). */
const writer = (author: string | null, postId: string | null) => (author ? mdText(author) : postId ? mdText(postId) : 'anonymous');

export function tagBadges(post: Post): string {
  const counts = new Map<TagName, number>();
  for (const sentence of post.sentences) for (const tag of sentence.tags) counts.set(tag, (counts.get(tag) ?? 0) + 1);
  return TAGS.filter((tag) => counts.has(tag)).map((tag) => `${tag}×${counts.get(tag)}`).join(' ');
}

function depths(posts: readonly Post[]): Map<string, number> {
  const depth = new Map<string, number>();
  for (const post of posts) depth.set(post.id, post.parentId === null ? 0 : (depth.get(post.parentId) ?? 0) + 1);
  return depth;
}

function header(doc: MapDocument): string[] {
  const { stats, source } = doc;
  const tags = TAGS.filter((tag) => stats.tagCounts[tag] > 0).map((tag) => `${stats.tagCounts[tag]} ${tag}`).join(', ');
  return [
    `# ${mdText(source.title ?? 'Untitled thread')}`,
    '',
    `Source: ${source.kind}${source.url ? ` · ${mdUrl(source.url)}` : ''} · read ${source.retrievedAt}`,
    '',
    `**${stats.posts} posts** kept from ${stats.inputPosts} ${source.kind === 'text' ? 'paragraphs' : 'posts'} read ` +
      `(${stats.duplicatesRemoved} duplicates removed) · ${stats.sentences} sentences${tags ? ` · ${tags}` : ''}`,
  ];
}

function section(title: string, lines: string[], empty: string): string[] {
  return ['', `## ${title}`, '', ...(lines.length ? lines : [`_${empty}_`])];
}

/** Pasted text: each post's inferred speaker, so the outline names who wrote what. */
function speakerNames(doc: MapDocument): Map<string, string> {
  return new Map((doc.argument?.speakers ?? []).flatMap((speaker) => speaker.postIds.map((id) => [id, speaker.label] as const)));
}

function outline(posts: readonly Post[], speakers: ReadonlyMap<string, string>): string[] {
  const depth = depths(posts);
  return posts.map((post) => {
    const level = depth.get(post.id) ?? 0;
    const indent = '  '.repeat(Math.min(level, MAX_INDENT));
    const deep = level > MAX_INDENT ? ` (depth ${level})` : '';
    const stance = post.stance ? ` · ${post.stance.label}` : '';
    const badges = tagBadges(post);
    const body = post.placeholder ? '_[deleted or missing]_' : mdText(excerpt(post.text, OUTLINE_EXCERPT));
    return `${indent}- **${mdText(post.id)}** ${who(post.author ?? speakers.get(post.id) ?? null)}${deep}${stance}${badges ? ` · ${badges}` : ''}: ${body}`;
  });
}

/** The summary's own lists, for maps stored before the argument stage. */
function summarySections(summary: Summary): string[] {
  return [
    ...section('Main claims', summary.mainClaims.map((c, i) => `${i + 1}. ${mdText(c.text)} (${mdText(c.postId)})`), 'No claims found.'),
    ...section('Open disagreements', summary.openDisagreements.map((d) =>
      `- ${writer(d.from, d.postId)} vs ${writer(d.with, d.withPostId)}: ${mdText(d.text)}`), 'No open disagreements.'),
    ...section('Concessions', summary.concessions.map((c) =>
      `- ${writer(c.from, c.postId)} → ${writer(c.to, c.toPostId)}: ${mdText(c.text)}`), 'No concessions found.'),
  ];
}

function participantTable(summary: Summary): string[] {
  const rows = summary.participants.slice(0, LEDGER_ROWS).map((p) => `| ${who(p.author)} | ${p.posts} | ${p.concessions} | ${p.disagreements} |`);
  const more = summary.participants.length - rows.length;
  return ['| Author | Posts | Concessions | Disagreements |', '|---|---:|---:|---:|', ...rows, ...(more > 0 ? ['', `_…and ${more} more._`] : [])];
}

export function renderMarkdown(doc: MapDocument): string {
  const { summary, argument } = doc;
  const lines = [
    ...header(doc),
    ...(argument
      ? [
        ...section('Main claims', mainClaimLines(doc, argument), 'No claims found.'),
        ...section('Open disagreements', clashLines(doc, argument.clashes.filter((c) => !c.resolved)), 'No open disagreements.'),
        ...section('Resolved disagreements', clashLines(doc, argument.clashes.filter((c) => c.resolved)), 'None granted on its point.'),
        ...section('Concessions', concessionLines(doc, argument), 'No concessions found.'),
      ]
      : summarySections(summary)),
    ...section('Thread', outline(doc.posts, speakerNames(doc)), 'The thread has no posts.'),
    ...section('Participants', argument ? ledgerLines(argument) : participantTable(summary), 'No posts.'),
  ];
  if (doc.diagnostics.length) {
    lines.push(...section('Notes', doc.diagnostics.map((d) => `- ${d.level}: ${mdText(d.message)}${d.where ? ` (${mdText(d.where)})` : ''}`), ''));
  }
  return `${lines.join('\n')}\n`;
}
