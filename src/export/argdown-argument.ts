// The argument as Argdown: statements are claims (and the sentences that clash with or grant them), each
// relation a clash (`-`, attack) or a support or concession (`+`); every statement names its post and
// author as data ({post, author}), the post being its source. Main claims come first, each with what
// answers it; clashes against other sentences follow, grouped by the sentence they dispute.
import type { ArgumentMap, MapDocument, TargetRef } from '../model.js';
import { escapeArgdownText } from './argdown.js';

type Ref = { postId: string; sentence: number | null; author: string | null };
interface Answer { relation: '+' | '-'; from: Ref; note: string }

const titleOf = (ref: Ref) => `${ref.postId} s${ref.sentence ?? 0}`.replace(/[[\]\n]/g, '');
const yamlString = (text: string) => JSON.stringify(text);

export function renderArgumentArgdown(doc: MapDocument, argument: ArgumentMap): string {
  const posts = new Map(doc.posts.map((post) => [post.id, post]));
  const defined = new Set<string>();
  const statement = (ref: Ref) => {
    const title = titleOf(ref);
    if (defined.has(title)) return `[${title}]`;
    defined.add(title);
    const post = posts.get(ref.postId);
    const text = ref.sentence === null ? post?.text ?? '' : post?.sentences[ref.sentence]?.text ?? '';
    const data = `{post: ${yamlString(ref.postId)}, author: ${yamlString(ref.author ?? 'anonymous')}}`;
    return `[${title}]: ${escapeArgdownText(text) || '(no text)'} ${data}`;
  };
  const answersTo = new Map<string, Answer[]>();
  const add = (to: TargetRef, answer: Answer) => {
    const key = titleOf(to);
    answersTo.set(key, [...(answersTo.get(key) ?? []), answer]);
  };
  for (const c of argument.clashes) add(c.to, { relation: '-', from: c.from, note: c.resolved ? 'clash, granted later' : 'open clash' });
  for (const g of argument.concessions) add(g.to, { relation: '+', from: g.from, note: 'concession' });
  for (const s of argument.supports) add(s.to, { relation: '+', from: s.from, note: 'support' });

  const lines = [`# ${escapeArgdownText(doc.source.title ?? 'Thread')}`, ''];
  const block = (target: Ref, heading?: string) => {
    if (heading) lines.push(`// ${heading}`);
    lines.push(statement(target));
    for (const answer of answersTo.get(titleOf(target)) ?? []) lines.push(`  ${answer.relation} ${statement(answer.from)}`);
    answersTo.delete(titleOf(target));
    lines.push('');
  };
  argument.claims.forEach((claim, i) => block(claim, `main claim ${i + 1}`));
  for (const key of [...answersTo.keys()]) {
    const first = answersTo.get(key)?.[0];
    if (!first) continue;
    const target = [...argument.clashes.map((c) => c.to), ...argument.concessions.map((g) => g.to), ...argument.supports.map((s) => s.to)]
      .find((to) => titleOf(to) === key)!;
    block(target);
  }
  return `${lines.join('\n').trimEnd()}\n`;
}
