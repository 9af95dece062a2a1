// Titles and author names as shown everywhere (pages, exports): without the bidi controls that reorder
// them (bidi.ts). Pasted text's authors are still on its paragraphs, before its posts are rebuilt.
import type { RawThread } from '../model.js';
import { withoutBidiControls } from './bidi.js';

const withShownAuthor = <T extends { author: string | null }>(item: T): T =>
  (item.author === null ? item : { ...item, author: withoutBidiControls(item.author) });

export function shownNames(raw: RawThread): RawThread {
  return {
    ...raw,
    source: { ...raw.source, title: withoutBidiControls(raw.source.title) },
    posts: raw.posts.map(withShownAuthor),
    ...(raw.paragraphs ? { paragraphs: raw.paragraphs.map(withShownAuthor) } : {}),
  };
}
