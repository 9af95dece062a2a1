// The thread as Argdown (argdown.org). With the argument (argdown-argument.ts): claims and the clashes,
// concessions and supports between sentences. Maps stored before it: one statement per post, `[Title]: text`, and each reply nested
// under the post it answers with its relation: `+` supports (agrees), `-` attacks (disagrees or mixed).
// A neutral reply is not a support or an attack, so it starts its own top-level statement with a
// comment naming the post it answers; its replies nest under it as usual.
import type { MapDocument, Post } from '../model.js';
import { renderArgumentArgdown } from './argdown-argument.js';

// Characters with a meaning inside Argdown text (mentions, tags, emphasis, links, comments, data,
// argument titles). The lexer reads a backslash as "the next character is plain text".
const SPECIAL = /[\\@#*_[\]<>/{}()]/g;

export function escapeArgdownText(text: string): string {
  return text.replace(/\s+/g, ' ').trim().replace(SPECIAL, (ch) => `\\${ch}`);
}

/** A statement title: unique (it carries the post id), then the author; free of brackets that would end it. */
export function statementTitle(post: Post): string {
  return [post.id, post.author].filter(Boolean).join(' ').replace(/[[\]\n]/g, '').trim();
}

function statement(post: Post): string {
  return `[${statementTitle(post)}]: ${escapeArgdownText(post.text) || '(no text)'}`;
}

type Relation = '+' | '-' | null;

function relationOf(post: Post): Relation {
  switch (post.stance?.label) {
    case 'agree': return '+';
    case 'disagree': case 'mixed': return '-';
    default: return null;
  }
}

export function renderArgdown(doc: MapDocument): string {
  return doc.argument ? renderArgumentArgdown(doc, doc.argument) : renderReplyArgdown(doc);
}

/** Maps stored before the argument stage: one statement per post, nested as the replies are. */
function renderReplyArgdown(doc: MapDocument): string {
  const byId = new Map(doc.posts.map((post) => [post.id, post]));
  const children = new Map<string, Post[]>();
  const blocks: Post[] = [];
  for (const post of doc.posts) {
    const parent = post.parentId === null ? undefined : byId.get(post.parentId);
    if (parent && relationOf(post)) children.set(parent.id, [...(children.get(parent.id) ?? []), post]);
    else blocks.push(post);
  }
  const lines = [`# ${escapeArgdownText(doc.source.title ?? 'Thread')}`, ''];
  for (const root of blocks) {
    const parent = root.parentId === null ? undefined : byId.get(root.parentId);
    if (parent) lines.push(`// reply to [${statementTitle(parent)}] (${root.stance?.label ?? 'no stance'})`);
    lines.push(statement(root));
    // An explicit stack, not recursion: a reply chain can be thousands deep.
    const stack = (children.get(root.id) ?? []).map((post) => ({ post, depth: 1 })).reverse();
    while (stack.length) {
      const { post, depth } = stack.pop()!;
      lines.push(`${'  '.repeat(depth)}${relationOf(post)} ${statement(post)}`);
      for (const child of (children.get(post.id) ?? []).slice().reverse()) stack.push({ post: child, depth: depth + 1 });
    }
    lines.push('');
  }
  return `${lines.join('\n').trimEnd()}\n`;
}
