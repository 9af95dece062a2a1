// HTML that no site adapter knows (issue 11): never read as pasted text. A real vBulletin 3.8 skin is read
// by its engine; other pages by their post markup, or as one post of their main text, or refused.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ThreadmapError } from '../../src/errors.js';
import type { RawThread } from '../../src/model.js';
import { toSourceContent } from '../../src/sources/content.js';
import { readContent, readUrl } from '../../src/sources/dispatch.js';
import { NO_THREAD_SENTENCE } from '../../src/sources/generic-html.js';
import { expectForest } from '../helpers/invariants.js';
import { rejection } from '../helpers/rejection.js';
import { contextWith, fakeHttp } from './util/fake-http.js';
import { expectNoChrome } from './util/no-chrome.js';
import { whole } from './util/whole.js';

const fixture = (path: string) => readFileSync(new URL(`../fixtures/sources/${path}`, import.meta.url), 'latin1');
const read = (path: string) => whole(readContent(toSourceContent(fixture(path))));
const MARKUP = /<\/?[a-z][^>]*>/i;

function expectPlainPosts(thread: RawThread) {
  expect(thread.source.kind).not.toBe('text');
  expect(thread.posts.filter((post) => MARKUP.test(post.text))).toEqual([]);
  expectForest(thread.posts);
  expectNoChrome(thread);
}

function refusal(path: string): ThreadmapError {
  try {
    read(path);
  } catch (error) {
    expect(error).toBeInstanceOf(ThreadmapError);
    return error as ThreadmapError;
  }
  throw new Error(`${path} was read instead of refused`);
}

describe('vBulletin 3.8 default skin (real page, AnimeSuki): read by the engine, not as text', () => {
  const thread = read('forum/vbulletin38_animesuki_page152.html');

  it('finds the page\'s 20 posts with writers and dates, quotes linked to the posts they quote', () => {
    expect(thread.posts).toHaveLength(20);
    expect(thread.source).toMatchObject({ kind: 'html', title: 'Licensed + Crunchyroll Hibike! Euphonium [anime] - Page 152 - AnimeSuki Forum' });
    expect(thread.posts[1]).toMatchObject({ id: '5768676', author: 'BBOvenGuy', createdAt: '2016-02-01T02:29:00' });
    expect(thread.posts[1]!.text).toMatch(/^That's a rather loose interpretation, if you ask me\./);
    expect(thread.posts[1]!.quotes[0]).toMatchObject({ postId: '5768613' });
    expect(thread.posts.find((post) => post.id === '5768696')!.parentId).toBe('5768676');
    expectPlainPosts(thread);
  });
});

describe('vBulletin 5 (real page, no engine of its own): read from its schema.org microdata', () => {
  it('finds the 15 posts (the opening one typed CreativeWork), site ids, writers from their user cards, quotes set aside', () => {
    const thread = read('forum/nettally_vbulletin5.html');
    expect(thread.posts).toHaveLength(15);
    expect(thread.posts.slice(0, 2).map((post) => [post.id, post.parentId])).toEqual([['727744', null], ['727754', '727744']]);
    expect(thread.posts.map((post) => post.author)).toEqual(['Buckeye', 'Buckeye', 'General Hentai', 'Buckeye', 'Gildor', 'Buckeye', 'Buckeye', 'General Hentai', 'Gildor', 'General Hentai', 'Buckeye', 'Buckeye', 'General Hentai', 'Buckeye', 'Buckeye']);
    expect(thread.posts[2]!.text).toMatch(/^Re: Episode 1\nO\.M\.G\./);
    expect(thread.posts[2]!.quotes[0]).toMatchObject({ author: 'Buckeye' });
    expect(thread.posts[2]!.quotes[0]!.text).toMatch(/^Episode 1/);
    expectPlainPosts(thread);
  });
});

describe('pages no forum engine knows', () => {
  it('reads schema.org microdata posts with their nesting', () => {
    const thread = read('generic/microdata_comments_own.html');
    expect(thread.posts.map((post) => [post.id, post.parentId, post.author])).toEqual([
      ['t-881', null, 'milla'], ['c-9012', 't-881', 'oven_jo'], ['c-9020', 'c-9012', 'milla'], ['c-9034', 't-881', 'crumb_theory'],
    ]);
    expect(thread.posts[0]!.text).toMatch(/^People keep telling me/);
    expect(thread.posts[0]!.createdAt).toBe('2023-11-02T08:15:00.000Z');
    expectPlainPosts(thread);
  });

  it('reads repeated post-like blocks (author, date, words), without their buttons', () => {
    const thread = read('generic/repeated_blocks_own.html');
    expect(thread.posts.map((post) => [post.parentId, post.author])).toEqual([[null, 'lena_k'], ['post-1', 'paperweight'], ['post-1', 'tabletfan']]);
    expect(thread.posts[1]!.text).toBe('Get the 10-inch one. On smaller screens two-column papers are unreadable unless you zoom and pan all the time.');
    expectPlainPosts(thread);
  });

  it('reads a static forum export with writers and words but no dates (real page: an ArchiveDiscourse export)', () => {
    const thread = whole(readContent(toSourceContent(readFileSync(new URL('../fixtures/sources/discourse/nounsdao_t3059_archive_discourse_export.html', import.meta.url), 'utf8'))));
    expect(thread.posts).toHaveLength(62);
    expect(thread.posts.slice(0, 3).map((post) => [post.id, post.parentId, post.author])).toEqual([['post-1', null, 'Evil'], ['post-2', 'post-1', 'Evil'], ['post-3', 'post-1', 'Hindsight']]);
    expect(thread.posts[0]!.text).toMatch(/^tldr: Small group of people manipulating votes/);
    expect(thread.posts.every((post) => post.createdAt === null && post.author !== null)).toBe(true);
    expectPlainPosts(thread);
  });

  it('drops the caption box and default alt text of an uploaded image, keeping the words around it', () => {
    const thread = read('generic/archive_export_upload_own.html');
    expect(thread.posts.map((post) => [post.parentId, post.author])).toEqual([[null, 'marta'], ['post-1', 'okafor'], ['post-1', 'marta'], ['post-1', 'devi']]);
    expect(thread.posts[0]!.text.split('\n\n')).toEqual([
      'The committee should publish the scoring spreadsheet before the vote, not after it.',
      'Without it nobody can check how the points were given.',
    ]);
    expectPlainPosts(thread);
  });

  it('reads a Discourse aside quote in an export as one quote of its writer, without the "okafor:" header', () => {
    const reply = read('generic/archive_export_upload_own.html').posts[2]!;
    expect(reply.quotes).toEqual([{ text: 'Publishing it early invites applicants to lobby the reviewers.', postId: null, author: 'okafor' }]);
    expect(reply.text).toBe('Lobbying happens anyway; a public sheet at least shows who moved which score.');
  });

  it('keeps a post of the thread that is only a link: short posts are posts once the blocks are a thread', () => {
    expect(read('generic/archive_export_upload_own.html').posts[3]!.text).toBe("Last year's minutes");
  });

  it('maps a news article as one post of its main text: no menu, share links, related stories, sign-up or footer', () => {
    const thread = read('generic/news_article_own.html');
    expect(thread.posts).toHaveLength(1);
    expect(thread.posts[0]).toMatchObject({ author: 'Dana Whitfield', createdAt: '2024-05-14T09:30:00.000Z', title: 'City council delays vote on bike lanes' });
    const paragraphs = thread.posts[0]!.text.split('\n\n');
    expect(paragraphs).toHaveLength(4);
    expect(paragraphs[0]).toMatch(/^The city council postponed a vote/);
    expect(paragraphs[3]).toMatch(/^The council is expected to take up the plan again/);
    expect(thread.diagnostics.map((d) => d.message)).toContain('The page is not a discussion: its main text is shown as one post.');
    expectPlainPosts(thread);
  });

  it('does not take a related-stories list with bylines for posts: the article is the one post', () => {
    const thread = read('generic/news_with_related_teasers_own.html');
    expect(thread.posts).toHaveLength(1);
    expect(thread.posts[0]!.text.split('\n\n').map((paragraph) => paragraph.slice(0, 20))).toEqual(['The harbour was clos', 'Harbour master Tom R', 'Fishermen said the c']);
    expectPlainPosts(thread);
  });

  it.each(['generic/login_page_own.html', 'generic/product_page_own.html'])('refuses %s with one sentence (422)', (path) => {
    const error = refusal(path);
    expect(error.code).toBe('not-a-thread');
    expect(error.message).toBe(NO_THREAD_SENTENCE);
  });

  it('never turns an unknown page into pasted-text posts, even a bare fragment', () => {
    expect(() => whole(readContent(toSourceContent('<div class="x"><a href="/a">Home</a> <a href="/b">About</a></div>')))).toThrow(NO_THREAD_SENTENCE);
  });

  it('refuses JSON no adapter knows instead of mapping its text as one post', () => {
    expect(() => whole(readContent(toSourceContent('{"data": {"children": []}, "kind": "Something"}'))))
      .toThrow("The JSON is in no format Threadmap reads; give the thread's URL or paste its text instead.");
  });

  it('reads an unknown page fetched from a URL the same way', async () => {
    const url = 'https://news.example.org/2024/05/bike-lanes';
    const http = fakeHttp({ [url]: { status: 200, contentType: 'text/html; charset=utf-8', body: fixture('generic/news_article_own.html') } });
    const thread = await whole(readUrl(new URL(url), contextWith(http)));
    expect(thread.posts).toHaveLength(1);
    const login = fakeHttp({ [url]: { status: 200, contentType: 'text/html', body: fixture('generic/login_page_own.html') } });
    expect((await rejection(whole(readUrl(new URL(url), contextWith(login))))).message).toBe(NO_THREAD_SENTENCE);
  });
});
