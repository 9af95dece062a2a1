import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { RawThread } from '../../../src/model.js';
import { toSourceContent } from '../../../src/sources/content.js';
import { forumHtmlAdapter } from '../../../src/sources/forum-html.js';
import { whole } from '../util/whole.js';

const page = readFileSync(new URL('../../fixtures/sources/forum/jsonld_discussion.html', import.meta.url), 'utf8');
const byId = (thread: RawThread, id: string) => thread.posts.find((post) => post.id === id)!;

describe('schema.org JSON-LD threads', () => {
  it('reads the posting and its nested comments as the reply tree', () => {
    const thread = whole(forumHtmlAdapter.parse(toSourceContent(page)));
    expect(thread.source.title).toBe('Is sourdough starter discard safe to compost?');
    expect(thread.posts.map((post) => [post.id, post.parentId])).toEqual([['5120', null], ['5120-1', '5120'], ['5120-1-1', '5120-1'], ['5120-2', '5120']]);
    expect(byId(thread, '5120')).toMatchObject({
      author: 'Hannah R', createdAt: '2024-02-18T06:45:00.000Z', score: 12, title: 'Is sourdough starter discard safe to compost?',
      text: 'I throw away about 100 g of discard a day.\n\nCan it go in the compost bin, or will it attract rats?',
    });
    expect(byId(thread, '5120-1')).toMatchObject({ author: 'gardener_li', score: 7 });
    expect(byId(thread, '5120-2').author).toBe('Sunita');
    expect(byId(thread, '5120-1-1')).toMatchObject({
      text: 'I disagree, our heap had rats within a week of doing exactly that.',
      quotes: [{ text: 'Bury it in the middle of the heap', postId: '5120-1' }],
    });
  });
});
