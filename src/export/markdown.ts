// The map as a Markdown summary a person reads top to bottom: what the thread is, who took part,
// its main claims, who conceded what to whom, what stays disputed, then the whole tree as an outline.
import type { MapDocument, Post, TagName } from '../model.js';
import { TAGS } from '../model.js';
import { excerpt } from '../map/summary.js';

/** Deeper replies are drawn at this indent with their depth written out: keeps a 10,000-deep chain readable. */
const MAX_INDENT = 12;
const OUTLINE_EXCERPT = 160;

/** Scraped text is untrusted: backslash-escape Markdown and HTML syntax, and keep it on one line. */
export function mdText(text: string): string {
  return text.replace(/\s+/g, ' ').trim().replace(/[\\`*_[\]{}<>#|!~&]/g, '\\$&');
}

/** An http(s) address as a link; anything else (a `javascript:` or `data:` URL in a saved file) as inert text. */
export function mdUrl(url: string): string {
  return /^https?:\/\//i.test(url) ? `<${url.replace(/[<>\s]/g, encodeURIComponent)}>` : `\`${url.replace(/[`\s]+/g, ' ')}\``;
}

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

function outline(posts: readonly Post[]): string[] {
  const depth = depths(posts);
  return posts.map((post) => {
    const level = depth.get(post.id) ?? 0;
    const indent = '  '.repeat(Math.min(level, MAX_INDENT));
    const deep = level > MAX_INDENT ? ` (depth ${level})` : '';
    const stance = post.stance ? ` · ${post.stance.label}` : '';
    const badges = tagBadges(post);
    const body = post.placeholder ? '_[deleted or missing]_' : mdText(excerpt(post.text, OUTLINE_EXCERPT));
    return `${indent}- **${mdText(post.id)}** ${who(post.author)}${deep}${stance}${badges ? ` · ${badges}` : ''}: ${body}`;
  });
}

export function renderMarkdown(doc: MapDocument): string {
  const { summary } = doc;
  const lines = [
    ...header(doc),
    ...section('Participants', summary.participants.length
      ? ['| Author | Posts | Concessions | Disagreements |', '|---|---:|---:|---:|',
        ...summary.participants.map((p) => `| ${who(p.author)} | ${p.posts} | ${p.concessions} | ${p.disagreements} |`)]
      : [], 'No posts.'),
    ...section('Main claims', summary.mainClaims.map((c, i) => `${i + 1}. ${mdText(c.text)} (${mdText(c.postId)})`), 'No claims found.'),
    ...section('Concessions', summary.concessions.map((c) =>
      `- ${writer(c.from, c.postId)} → ${writer(c.to, c.toPostId)}: ${mdText(c.text)}`), 'No concessions found.'),
    ...section('Open disagreements', summary.openDisagreements.map((d) =>
      `- ${writer(d.from, d.postId)} vs ${writer(d.with, d.withPostId)}: ${mdText(d.text)}`), 'No open disagreements.'),
    ...section('Thread', outline(doc.posts), 'The thread has no posts.'),
  ];
  if (doc.diagnostics.length) {
    lines.push(...section('Notes', doc.diagnostics.map((d) => `- ${d.level}: ${mdText(d.message)}${d.where ? ` (${mdText(d.where)})` : ''}`), ''));
  }
  return `${lines.join('\n')}\n`;
}
