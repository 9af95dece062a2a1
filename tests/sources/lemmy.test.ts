import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { RawThread } from '../../src/model.js';
import { analyze } from '../../src/pipeline.js';
import { toSourceContent } from '../../src/sources/content.js';
import { readUrl } from '../../src/sources/dispatch.js';
import { lemmyAdapter } from '../../src/sources/lemmy.js';
import { expectForest, maxDepth } from '../helpers/invariants.js';
import { rejection } from '../helpers/rejection.js';
import { itChoosesAdapter } from './util/adapter-choice.js';
import { contextWith, fakeHttp } from './util/fake-http.js';
import { expectNoChrome } from './util/no-chrome.js';
import { whole } from './util/whole.js';

const own = (name: string) => readFileSync(new URL(`../fixtures/sources/lemmy/${name}`, import.meta.url), 'utf8');
const POST = own('lemmy_ml_post_11842907.json');
const COMMENTS = own('lemmy_ml_post_11842907_comments.json');
const parse = (text: string) => whole(lemmyAdapter.parse(toSourceContent(text)));
const byId = (thread: RawThread, id: string) => thread.posts.find((post) => post.id === id)!;

type View = { comment: { id: number; path: string; content: string }; counts: { child_count: number } };
const views: View[] = JSON.parse(COMMENTS).comments;
const ORIGIN = 'https://lemmy.ml';
const POST_URL = new URL(`${ORIGIN}/post/11842907`);
const listUrl = (query: string, page = 1) => `${ORIGIN}/api/v3/comment/list?${query}&max_depth=8&limit=50&page=${page}&type_=All&sort=Old`;

/** The parent each comment's path names: "0.a.b" is b replying to a; "0.a" replies to the post. */
const expectedParent = (path: string) => {
  const ids = path.split('.');
  return ids.length > 2 ? `comment/${ids.at(-2)}` : 'post/11842907';
};

describe('Lemmy: choosing the adapter', () => {
  itChoosesAdapter(lemmyAdapter, {
    urls: [POST_URL.href, 'https://lemmy.ml/comment/9121150', 'https://lemmy.world/post/4242', 'https://lemmy.example.net/post/7', 'https://feddit.org.example/api/v3/post?id=12'],
    notUrls: ['https://lemmy.ml/c/linux', 'https://example.com/post/4242', 'https://lemmy.ml/'],
    saved: [['a post response', POST], ['a comment list', COMMENTS]],
    folder: 'lemmy',
  });
});

describe('Lemmy: a comment list in the documented shape', () => {
  it('nests all 13 comments by path under the post they carry', () => {
    const thread = parse(COMMENTS);
    expect(thread.posts).toHaveLength(1 + 13);
    expect(thread.posts[0]).toMatchObject({ id: 'post/11842907', parentId: null, title: 'Is Wayland ready to be the default for everyone in 2024?' });
    for (const view of views) expect(byId(thread, `comment/${view.comment.id}`).parentId).toBe(expectedParent(view.comment.path));
    expect(thread.posts.filter((post) => post.parentId === 'post/11842907')).toHaveLength(4);
    expect(maxDepth(thread.posts)).toBe(4);
    expectForest(thread.posts);
    expectNoChrome(thread);
  });

  it('reads authors (name@server for other servers), dates, scores and links, and Markdown as plain text', () => {
    const thread = parse(COMMENTS);
    expect(byId(thread, 'comment/9121150')).toMatchObject({
      author: 'fennec@beehaw.org', createdAt: '2024-03-02T15:17:09.163Z', score: 11, url: 'https://beehaw.org/comment/27363467',
      text: 'KDE: System Settings → Display & Monitor → Legacy Applications (X11), pick "Apply scaling themselves". Electron apps also want `--ozone-platform-hint=auto` to run native.',
    });
    expect(byId(thread, 'comment/9120633').author).toBe('mariusz');
    const quoting = byId(thread, 'comment/9120502');
    expect(quoting.quotes).toEqual([{ text: 'push to talk in Discord only works while the window has focus', postId: 'comment/9120411' }]);
    expect(quoting.text).toMatch(/^That is the portal for global shortcuts/);
  });

  it('keeps a deleted comment that has a reply as a placeholder', () => {
    expect(byId(parse(COMMENTS), 'comment/9121402')).toMatchObject({ placeholder: true, author: null, text: '' });
  });

  it('hangs a reply to a comment the response lacks under that comment\'s own parent, by the path', () => {
    const partial = { comments: views.filter((view) => view.comment.id !== 9121003) };
    const thread = parse(JSON.stringify(partial));
    expect(byId(thread, 'comment/9121003')).toMatchObject({ placeholder: true, parentId: 'comment/9120848' });
    expect(byId(thread, 'comment/9121150').parentId).toBe('comment/9121003');
  });

  it('refuses comments from several posts (a user\'s or community\'s list) in one sentence', () => {
    const mixed = { comments: views.map((view, i) => (i === 3 ? { ...view, comment: { ...view.comment, post_id: 99 } } : view)) };
    expect(() => parse(JSON.stringify(mixed))).toThrow("These Lemmy comments are on 2 different posts, not one thread: save one post's /api/v3/comment/list?post_id=…");
  });

  it('reads the post response alone and says the comments are elsewhere', () => {
    const thread = parse(POST);
    expect(thread.posts).toEqual([expect.objectContaining({ id: 'post/11842907', author: 'kornel_v', score: 87, createdAt: '2024-03-02T14:11:09.163Z' })]);
    expect(thread.posts[0]!.text).toMatch(/^Fedora and Ubuntu have shipped Wayland by default/);
    expect(thread.posts[0]!.text).toContain('what still breaks');
    expect(thread.diagnostics[0]!.message).toMatch(/^This is the post without its 13 comments/);
  });

  it('maps the saved comments to a forest with no orphans', async () => {
    const doc = await analyze({ text: COMMENTS });
    expect(doc.source.kind).toBe('lemmy');
    const ids = new Set(doc.posts.map((post) => post.id));
    expect(doc.posts.filter((post) => post.parentId !== null && !ids.has(post.parentId))).toEqual([]);
    expectForest(doc.posts);
  });
});

describe('Lemmy: fetching a post URL', () => {
  it('reads the post, then the comment pages', async () => {
    const http = fakeHttp({ [`${ORIGIN}/api/v3/post?id=11842907`]: POST, [listUrl('post_id=11842907')]: COMMENTS });
    const thread = await whole(readUrl(POST_URL, contextWith(http)));
    expect(http.requests.map((r) => r.url)).toEqual([`${ORIGIN}/api/v3/post?id=11842907`, listUrl('post_id=11842907')]);
    expect(thread.posts).toHaveLength(14);
    expect(thread.posts[0]).toMatchObject({ author: 'kornel_v', score: 87 });
    expect(thread.source).toMatchObject({ kind: 'lemmy', url: POST_URL.href });
    expect(thread.diagnostics).toEqual([]);
  });

  it('reads the whole thread from a comment permalink', async () => {
    const comment = { comment_view: JSON.parse(COMMENTS).comments[6] };
    const http = fakeHttp({
      [`${ORIGIN}/api/v3/comment?id=9121150`]: JSON.stringify(comment),
      [`${ORIGIN}/api/v3/post?id=11842907`]: POST,
      [listUrl('post_id=11842907')]: COMMENTS,
    });
    const thread = await whole(readUrl(new URL(`${ORIGIN}/comment/9121150`), contextWith(http)));
    expect(http.requests[0]!.url).toBe(`${ORIGIN}/api/v3/comment?id=9121150`);
    expect(thread.posts).toHaveLength(14);
    expect(thread.source.url).toBe(POST_URL.href);
  });

  /** 60 top-level comments: a full first page of 50, then 10. */
  function manyComments(count: number) {
    const template = JSON.parse(COMMENTS).comments[3];
    return Array.from({ length: count }, (_, i) => {
      const id = 9200000 + i;
      return { ...template, comment: { ...template.comment, id, path: `0.${id}`, content: `Comment number ${i + 1}.` }, counts: { ...template.counts, child_count: 0 } };
    });
  }
  const postWith = (comments: number) => {
    const post = JSON.parse(POST);
    post.post_view.counts.comments = comments;
    return JSON.stringify(post);
  };

  it('pages until a page is not full, reporting progress', async () => {
    const all = manyComments(60);
    const http = fakeHttp({
      [`${ORIGIN}/api/v3/post?id=11842907`]: postWith(60),
      [listUrl('post_id=11842907', 1)]: JSON.stringify({ comments: all.slice(0, 50) }),
      [listUrl('post_id=11842907', 2)]: JSON.stringify({ comments: all.slice(50) }),
    });
    const progress: string[] = [];
    const thread = await whole(readUrl(POST_URL, { ...contextWith(http), onProgress: (p) => progress.push(`${p.done}/${p.total}`) }));
    expect(thread.posts).toHaveLength(61);
    expect(progress).toEqual(['50/60', '60/60']);
  });

  it('stops at maxRequests and says how many comments it read', async () => {
    const all = manyComments(60);
    const http = fakeHttp({
      [`${ORIGIN}/api/v3/post?id=11842907`]: postWith(60),
      [listUrl('post_id=11842907', 1)]: JSON.stringify({ comments: all.slice(0, 50) }),
    });
    const thread = await whole(readUrl(POST_URL, contextWith(http, 1)));
    expect(http.requests).toHaveLength(2);
    expect(thread.diagnostics.map((d) => d.message)).toEqual(['Read 50 of the 60 comments Lemmy counts on this post: the request limit (1) was reached.']);
  });

  it('stops when a server sends the same page again', async () => {
    const all = manyComments(50);
    const http = fakeHttp((url) => (url.includes('/comment/list') ? JSON.stringify({ comments: all }) : postWith(50)));
    const thread = await whole(readUrl(POST_URL, contextWith(http)));
    expect(http.requests).toHaveLength(3);
    expect(thread.posts).toHaveLength(51);
  });

  it('reads a branch cut off at the depth limit with its own request', async () => {
    const shallow = { comments: views.filter((view) => view.comment.id !== 9121287) };
    const deep = { comments: views.filter((view) => view.comment.id === 9121287) };
    const http = fakeHttp({
      [`${ORIGIN}/api/v3/post?id=11842907`]: POST,
      [listUrl('post_id=11842907')]: JSON.stringify(shallow),
      [listUrl('parent_id=9121150')]: JSON.stringify(deep),
    });
    const thread = await whole(readUrl(POST_URL, contextWith(http)));
    expect(http.requests.at(-1)!.url).toBe(listUrl('parent_id=9121150'));
    expect(byId(thread, 'comment/9121287').parentId).toBe('comment/9121150');
  });

  it('says a host that is not Lemmy did not answer its API', async () => {
    const http = fakeHttp({ 'https://lemmy.example.net/api/v3/post?id=7': '{"error":"couldnt_find_post"}' });
    const error = await rejection(whole(readUrl(new URL('https://lemmy.example.net/post/7'), contextWith(http))));
    expect(error.message).toBe("lemmy.example.net did not answer Lemmy's API for post 7: it may not be a Lemmy server.");
  });
});
