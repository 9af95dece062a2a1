import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { RawThread } from '../../src/model.js';
import { toSourceContent } from '../../src/sources/content.js';
import { adapterForContent, adapterForUrl } from '../../src/sources/dispatch.js';
import { createStackExchange, questionRef, stackExchangeAdapter } from '../../src/sources/stackexchange.js';
import { API_ROOT } from '../../src/sources/stackexchange-fetch.js';
import { expectForest } from '../helpers/invariants.js';
import { rejection } from '../helpers/rejection.js';
import { contextWith, fakeHttp } from './util/fake-http.js';
import { whole } from './util/whole.js';

const SHARED = new URL('../../../shared/fixtures/stackexchange/', import.meta.url);
const OWN = new URL('../fixtures/sources/stackexchange/', import.meta.url);
const read = (base: URL, name: string) => readFileSync(new URL(name, base), 'utf8');
const parse = (text: string, url: string | null = null) => whole(stackExchangeAdapter.parse(toSourceContent(text, url)));
const byId = (thread: RawThread, id: string) => thread.posts.find((post) => post.id === id)!;
const comments = (thread: RawThread) => thread.posts.filter((post) => post.id.startsWith('comment-'));
const answers = (thread: RawThread) => thread.posts.filter((post) => !post.id.startsWith('comment-') && post.parentId !== null);

/** No paragraph is page chrome: post menus, vote counts, "asked/answered …", comment links. */
function expectNoChrome(thread: RawThread) {
  for (const post of thread.posts) {
    for (const paragraph of post.text.split('\n\n')) {
      expect(paragraph.trim()).not.toMatch(/^(share|edit|follow|flag|improve this (answer|question)|add a comment|(asked|answered|edited) .*|show \d+ more comments?|-?\d+|this question already has answers here.*|closed .* ago\.?)$/i);
    }
  }
}

describe('Stack Exchange: choosing the adapter', () => {
  it.each([
    'https://stackoverflow.com/questions/2003505/how-do-i-delete-a-git-branch-locally-and-remotely',
    'https://pt.stackoverflow.com/questions/361861',
    'https://math.stackexchange.com/questions/12345/why',
    'https://superuser.com/q/42',
    'https://www.askubuntu.com/a/99',
    'https://mathoverflow.net/questions/7/',
    'https://api.stackexchange.com/2.3/questions/2003505?site=stackoverflow',
  ])('selects it for %s', (url) => {
    expect(adapterForUrl(new URL(url))?.name).toBe('stackexchange');
  });

  it('leaves look-alike hosts alone', () => {
    expect(adapterForUrl(new URL('https://notstackoverflow.com/questions/1'))?.name).not.toBe('stackexchange');
  });

  it('reads the site and the question (or answer) from a URL', () => {
    expect(questionRef(new URL('https://pt.stackoverflow.com/questions/361861/abrir'))).toEqual({ site: 'pt.stackoverflow.com', questionId: '361861', answerId: null });
    expect(questionRef(new URL('https://askubuntu.com/a/99'))).toEqual({ site: 'askubuntu.com', questionId: null, answerId: '99' });
    expect(questionRef(new URL('https://api.stackexchange.com/2.3/questions/5/answers?site=serverfault'))).toEqual({ site: 'serverfault', questionId: '5', answerId: null });
    expect(questionRef(new URL('https://stackoverflow.com/users/22656/jon-skeet'))).toBeNull();
  });

  it.each(['api_question.json', 'api_answers_page1.json', 'api_question_comments.json', 'api_question_embedded.json', 'api_question_object_unwrapped.json'])(
    'detects the saved API response %s', (name) => {
      expect(adapterForContent(toSourceContent(read(OWN, name)))?.name).toBe('stackexchange');
    },
  );
});

describe.skipIf(!existsSync(SHARED))('Stack Exchange: real question pages', () => {
  const page = (name: string) => read(SHARED, name);
  const count = (html: string, pattern: RegExp) => (html.match(pattern) ?? []).length;

  it.each(['so_2003505_delete_git_branch.html', 'so_32899_parameterized_unit_tests_python.html', 'so_48978459_cat_not_equal_dog.html', 'ptso_361861_abrir_arquivo_python_windows.html'])(
    'detects %s as a Stack Exchange page and reads every answer and rendered comment', (name) => {
      const html = page(name);
      expect(adapterForContent(toSourceContent(html))?.name).toBe('stackexchange');
      const thread = parse(html);
      expect(answers(thread)).toHaveLength(count(html, /<div id="answer-\d+"/g));
      expect(comments(thread)).toHaveLength(count(html, /<li id="comment-\d+"/g));
      expectForest(thread.posts);
      expectNoChrome(thread);
    },
  );

  it('reads "Why cat is not equal to dog": votes, writers, dates, and comments under the question', () => {
    const thread = parse(page('so_48978459_cat_not_equal_dog.html'));
    expect(thread.posts.map((post) => [post.id, post.parentId])).toEqual([
      ['48978459', null], ['comment-84961903', '48978459'], ['comment-84961958', '48978459'], ['comment-84961995', '48978459'], ['48978502', '48978459'],
    ]);
    expect(thread.source).toMatchObject({ kind: 'stackexchange', url: 'https://stackoverflow.com/q/48978459', title: 'Why “cat” is not equal to “dog” in Python [duplicate]' });
    expect(byId(thread, '48978459')).toMatchObject({ author: 'smougie', score: -6, createdAt: '2018-02-25T21:05:12.000Z' });
    expect(byId(thread, '48978459').text).toMatch(/^How does python compare strings via the inequality operators\?/);
    expect(byId(thread, 'comment-84961903')).toMatchObject({ author: 'wim', score: 6, createdAt: '2018-02-25T21:06:39.000Z', text: 'I have no idea what you\'re asking' });
    expect(byId(thread, '48978502')).toMatchObject({ author: 'Slam', score: 1, url: 'https://stackoverflow.com/a/48978502' });
  });

  it('reads "How do I delete a Git branch": 30 answers, 51 comments, the accepted answer, and says which comments the page hid', () => {
    const thread = parse(page('so_2003505_delete_git_branch.html'));
    expect(answers(thread)).toHaveLength(30);
    expect(comments(thread)).toHaveLength(51);
    expect(thread.posts.filter((post) => post.accepted).map((post) => post.id)).toEqual(['2003515']);
    expect(byId(thread, '2003515')).toMatchObject({ author: 'Matthew Rankin', score: 22030, createdAt: '2010-01-05T01:13:55.000Z' });
    expect(byId(thread, '23961231').author).toBe('user456814'); // a deleted account keeps its generated name
    expect(byId(thread, 'comment-49055443')).toMatchObject({ parentId: '2003515', author: 'Trevor Boyd Smith', score: 386 });
    expect(thread.diagnostics.map((d) => d.message)).toEqual([
      '3 comments under post 2003505 were not in the page ("show 3 more comments").',
      '20 comments under post 2003515 were not in the page ("show 20 more comments").',
      '3 comments under post 10999165 were not in the page ("show 3 more comments").',
    ]);
  });

  it('reads the Portuguese question with its accepted answer and names with apostrophes', () => {
    const thread = parse(page('ptso_361861_abrir_arquivo_python_windows.html'));
    expect(thread.source.title).toBe('Abrir arquivo em Python só funciona com pastas do Windows em inglês');
    expect(byId(thread, '361879')).toMatchObject({ parentId: '361861', author: 'nosklo', accepted: true });
    expect(byId(thread, 'comment-768704')).toMatchObject({ parentId: '361913', author: 'It Wasn\'t Me' });
  });

  it('fetches the hidden comments of a question page found by its markup', async () => {
    const html = page('so_2003505_delete_git_branch.html');
    const http = fakeHttp({ 'https://stackoverflow.com/posts/2003515/comments': { status: 200, body: read(OWN, 'posts_2003515_comments.html'), contentType: 'text/html' } });
    const content = toSourceContent(html, 'https://stackoverflow.com/questions/2003505', 'text/html');
    const thread = await whole(stackExchangeAdapter.fetchThread(new URL('https://stackoverflow.com/questions/2003505'), contextWith(http), content));
    expect(http.requests.map((r) => r.url)).toEqual([
      'https://stackoverflow.com/posts/2003505/comments', 'https://stackoverflow.com/posts/2003515/comments', 'https://stackoverflow.com/posts/10999165/comments',
    ]);
    expect(comments(thread)).toHaveLength(52); // one of the two fetched comments was already shown
    expect(byId(thread, 'comment-98100201')).toMatchObject({ parentId: '2003515', author: 'rmh', createdAt: '2019-04-16T09:12:05.000Z' });
    expect(thread.diagnostics.map((d) => d.where)).toEqual(['2003505', '10999165']);
  });
});

const Q = '71234567';
const api = (path: string, extra = '') => `${API_ROOT}${path}?site=stackoverflow.com&filter=withbody${extra}`;
const paged = (page: number, order: string) => `${order}&page=${page}&pagesize=100`;
const API_ROUTES = {
  [api(`/questions/${Q}`)]: read(OWN, 'api_question.json'),
  [api(`/questions/${Q}/answers`, paged(1, '&sort=votes&order=desc'))]: read(OWN, 'api_answers_page1.json'),
  [api(`/questions/${Q}/answers`, paged(2, '&sort=votes&order=desc'))]: read(OWN, 'api_answers_page2.json'),
  [api(`/questions/${Q}/comments`, paged(1, '&sort=creation&order=asc'))]: read(OWN, 'api_question_comments.json'),
  [api('/answers/71234602;71234777;71239001/comments', paged(1, '&sort=creation&order=asc'))]: read(OWN, 'api_answer_comments.json'),
};

/** The question of the API fixtures: 3 answers (one accepted), 2 comments on it, 2 on answers. */
function expectSortQuestion(thread: RawThread) {
  expect(thread.posts.map((post) => [post.id, post.parentId])).toEqual([
    [Q, null], ['comment-125801234', Q], ['comment-125801301', Q],
    ['71234602', Q], ['comment-125801455', '71234602'], ['71234777', Q], ['71239001', Q], ['comment-125809999', '71239001'],
  ]);
  expect(thread.source).toMatchObject({ kind: 'stackexchange', title: 'Why does list.sort() return None instead of the sorted list?', url: 'https://stackoverflow.com/questions/71234567/why-does-list-sort-return-none' });
  expect(byId(thread, Q)).toMatchObject({ author: 'Ana Pérez', score: 14, createdAt: '2022-02-16T12:00:00.000Z' });
  expect(byId(thread, '71234602')).toMatchObject({ accepted: true, author: 'Martijn K', url: 'https://stackoverflow.com/a/71234602' });
  expect(byId(thread, '71234602').quotes).toEqual([{ text: 'In-place methods return None to avoid confusion about whether a new object was made.', postId: null }]);
  expect(byId(thread, '71239001').author).toBe('user20417');
  expect(byId(thread, 'comment-125801455')).toMatchObject({ text: 'That\'s a fair point, I hadn\'t thought of it as a reminder.', url: 'https://stackoverflow.com/posts/comments/125801455' });
  expectForest(thread.posts);
}

describe('Stack Exchange: names on the page', () => {
  it("reads a moderator's name without the ♦ badge, so his answer and his comments are one person", async () => {
    const thread = await parse(read(OWN, 'so_3702675_print_full_exception_traceback.html'));
    const names = new Set(thread.posts.map((post) => post.author));
    expect(names.has('Aaron Hall')).toBe(true);
    expect([...names].filter((name) => name?.includes('♦'))).toEqual([]);
  });

  it('names the main writer of a community-wiki post, from its revision history, not "community wiki"', async () => {
    const thread = await parse(read(OWN, 'so_1732348_regex_match_open_tags.html'));
    expect(thread.posts.filter((post) => post.author === null)).toEqual([]);
    expect(byId(thread, '1732348').author).toBe('Jeff'); // "11 revs, 7 users 58%" then his profile link
    expect(byId(thread, '1732454').author).toBe('bobince');
    expect(byId(thread, '2146912').author).toBe('moritz'); // one revision: the history link is the name
    expect(thread.posts.filter((post) => /community wiki|\brevs?\b/.test(post.author ?? ''))).toEqual([]);
  });
});

describe('Stack Exchange: API responses', () => {
  it('reads a saved question with its answers and comments embedded', () => {
    expectSortQuestion(parse(read(OWN, 'api_question_embedded.json')));
  });

  it('reads a question object saved without the {"items": [...]} wrapper, and an array of such objects', () => {
    const unwrapped = read(OWN, 'api_question_object_unwrapped.json');
    expectSortQuestion(parse(unwrapped));
    expectSortQuestion(parse(`[${unwrapped}]`));
  });

  it('reads a saved page of answers alone, under a placeholder for their question', () => {
    const thread = parse(read(OWN, 'api_answers_page1.json'));
    expect(thread.posts.map((post) => [post.id, post.parentId, post.placeholder ?? false])).toEqual([
      [Q, null, true], ['71234602', Q, false], ['71234777', Q, false],
    ]);
  });

  it('refuses a response with nothing in it', () => {
    expect(() => parse('{"items": [], "has_more": false, "quota_max": 300, "quota_remaining": 299}'))
      .toThrow('The Stack Exchange API response holds no questions, answers or comments.');
  });
});

describe('Stack Exchange: reading a question URL through the API', () => {
  const url = new URL(`https://stackoverflow.com/questions/${Q}/why-does-list-sort-return-none`);

  it('asks for the question, pages of answers, then comments, waiting out the API\'s backoff', async () => {
    const waits: number[] = [];
    const adapter = createStackExchange(async (ms) => { waits.push(ms); });
    const http = fakeHttp(API_ROUTES);
    const thread = await whole(adapter.fetchThread(url, contextWith(http)));
    expect(http.requests.map((r) => r.url)).toEqual(Object.keys(API_ROUTES));
    expect(waits).toEqual([2000]); // answers page 1 said "backoff": 2
    expectSortQuestion(thread);
  });

  it('follows an answer link to its question', async () => {
    const http = fakeHttp({ ...API_ROUTES, [api('/answers/71234777')]: read(OWN, 'api_answers_page1.json') });
    const thread = await createStackExchange(async () => undefined).fetchThread(new URL('https://stackoverflow.com/a/71234777'), contextWith(http));
    expect(http.requests[0]!.url).toBe(api('/answers/71234777'));
    expect(thread.posts[0]!.id).toBe(Q);
  });

  it('stops at the request limit and says what it did not read', async () => {
    const http = fakeHttp(API_ROUTES);
    const thread = await createStackExchange(async () => undefined).fetchThread(url, contextWith(http, 1));
    expect(http.requests).toHaveLength(2);
    expect(thread.posts.map((post) => post.id)).toEqual([Q, '71234602', '71234777']);
    expect(thread.diagnostics.map((d) => d.message)).toEqual([
      'Some answers were not read: the request limit (1) was reached.',
      'Some comments on the question were not read: the request limit (1) was reached.',
      'Some comments on answers were not read: the request limit (1) was reached.',
    ]);
  });

  it('says why the API refused, and when a question does not exist', async () => {
    const refusal = JSON.stringify({ error_id: 400, error_message: 'site is required', error_name: 'bad_parameter' });
    const refused = await rejection(whole(stackExchangeAdapter.fetchThread(url, contextWith(fakeHttp({ [api(`/questions/${Q}`)]: { status: 400, body: refusal } })))));
    expect(refused.code).toBe('fetch-failed');
    expect(refused.message).toBe(`The Stack Exchange API answered HTTP 400 for /questions/${Q} on stackoverflow.com: site is required.`);
    const empty = JSON.stringify({ items: [], has_more: false, quota_max: 300, quota_remaining: 280 });
    const missing = await rejection(whole(stackExchangeAdapter.fetchThread(url, contextWith(fakeHttp({ [api(`/questions/${Q}`)]: empty })))));
    expect(missing.code).toBe('not-a-thread');
    expect(missing.message).toBe(`Question ${Q} was not found on stackoverflow.com: it may be deleted, or the URL is wrong.`);
  });

  it('refuses a URL that names no question', async () => {
    const error = await rejection(whole(stackExchangeAdapter.fetchThread(new URL('https://stackoverflow.com/users/22656/jon-skeet'), contextWith(fakeHttp({})))));
    expect(error.code).toBe('not-a-thread');
    expect(error.message).toBe('https://stackoverflow.com/users/22656/jon-skeet is not a Stack Exchange question: question URLs look like /questions/<number>.');
  });
});
