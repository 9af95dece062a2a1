// What packing and expanding both need to agree on: which author a reference means when it names none,
// and how a list of like objects becomes rows.
import type { CompactRows, Post, Speaker } from '../model.js';

/** A reference's default author: the post's author, or for pasted text the speaker it was given (argument/thread.ts). */
export function authorsOf(posts: readonly Pick<Post, 'id' | 'author'>[], speakers: readonly Speaker[] = []): (postId: string) => string | null {
  const speakerOf = new Map<string, string>();
  for (const speaker of speakers) for (const postId of speaker.postIds) speakerOf.set(postId, speaker.label);
  const byId = new Map(posts.map((post) => [post.id, post]));
  return (postId) => byId.get(postId)?.author ?? speakerOf.get(postId) ?? null;
}

/** Objects with one key list → rows under that list; a list whose objects differ in their keys stays as it is. */
export function toRows<T extends object>(list: readonly T[]): CompactRows | T[] {
  const keys = list.length ? Object.keys(list[0]!) : [];
  const shape = keys.join('\n');
  if (!keys.length || list.some((item) => Object.keys(item).join('\n') !== shape)) return [...list];
  return { keys, rows: list.map((item) => Object.values(item)) };
}

export function fromRows<T>(table: CompactRows | T[]): T[] {
  if (Array.isArray(table)) return table;
  return table.rows.map((row) => Object.fromEntries(table.keys.map((key, i) => [key, row[i]])) as T);
}

const LINE_BREAK = /\s*\n\s*/g;

/** A slice of a post's text as the sentence splitter reads it when it joins wrapped lines (tag/split.ts). */
export const joinLines = (slice: string) => slice.replace(LINE_BREAK, ' ');

/**
 * Where `sentence` stands in `text` once its line breaks are read as spaces: [start, end] in `text`, or
 * undefined. Only for the few sentences not found as they are, so the joined copy is made on demand.
 */
export function findJoined(text: string, sentence: string): [number, number] | undefined {
  // Pieces of the joined text: each starts at `joined` there and at `origin` in the text.
  const pieces: { joined: number; origin: number }[] = [{ joined: 0, origin: 0 }];
  let joined = '';
  let from = 0;
  for (const match of text.matchAll(LINE_BREAK)) {
    joined += `${text.slice(from, match.index)} `;
    pieces.push({ joined: joined.length - 1, origin: match.index }, { joined: joined.length, origin: match.index + match[0].length });
    from = match.index + match[0].length;
  }
  joined += text.slice(from);
  const at = joined.indexOf(sentence);
  if (at < 0 || sentence === '') return undefined;
  const originOf = (index: number) => {
    let piece = pieces[0]!;
    for (const next of pieces) if (next.joined <= index) piece = next; else break;
    return piece.origin + (index - piece.joined);
  };
  const start = originOf(at);
  const end = originOf(at + sentence.length - 1) + 1;
  return joinLines(text.slice(start, end)) === sentence ? [start, end] : undefined;
}
