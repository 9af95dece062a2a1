import { load } from 'cheerio';
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { RawThread } from '../../src/model.js';
import { ADAPTERS } from '../../src/sources/adapters.js';
import { toSourceContent } from '../../src/sources/content.js';
import { adapterForContent, adapterForUrl, readUrl } from '../../src/sources/dispatch.js';
import { FORUM_ENGINES, forumHtmlAdapter } from '../../src/sources/forum-html.js';
import { readEnginePage } from '../../src/sources/forum/engine.js';
import { expectForest } from '../helpers/invariants.js';
import { rejection } from '../helpers/rejection.js';
import { contextWith, fakeHttp } from './util/fake-http.js';
import { whole } from './util/whole.js';

const SHARED = new URL('../../../shared/fixtures/', import.meta.url);
const OWN = new URL('../fixtures/sources/forum/', import.meta.url);
const own = (name: string) => readFileSync(new URL(name, OWN), 'utf8');
const shared = (name: string) => readFileSync(new URL(name, SHARED), 'utf8');
const parse = (text: string, url: string | null = null) => whole(forumHtmlAdapter.parse(toSourceContent(text, url)));
const byId = (thread: RawThread, id: string) => thread.posts.find((post) => post.id === id)!;
const html = (body: string, url: string) => ({ [url]: { status: 200, body, contentType: 'text/html' } });

/** No paragraph of text or quote is forum chrome: post buttons, profile links, headers, signatures, edit notes. */
function expectNoChrome(thread: RawThread, signatures: string[] = []) {
  for (const post of thread.posts) {
    for (const paragraph of [...post.text.split('\n\n'), ...post.quotes.map((quote) => quote.text)]) {
      expect(paragraph.trim()).not.toMatch(/^(reply|quote|edit|report|report to moderator|share|like|permalink|profile|message|post history|#|\?|top|(perl )?code:|code: select all|click to expand\.\.\.|.{1,40} (posted|said|wrote):|quote from: .*|last edited by .*)$/i);
      for (const signature of signatures) expect(paragraph).not.toContain(signature);
    }
  }
}

describe('Generic forum pages: choosing the adapter', () => {
  it('is never chosen by URL: any site may be a forum', () => {
    expect(forumHtmlAdapter.matchesUrl(new URL('https://forums.somethingawful.com/showthread.php?threadid=2803713'))).toBe(false);
    expect(adapterForUrl(new URL('https://forum.riverside-allotments.example/viewtopic.php?t=7'))).toBeNull();
  });

  it.each(['phpbb_viewtopic_page1.html', 'xenforo2_thread.html', 'smf20_topic.html', 'pipermail_000124.html', 'jsonld_discussion.html'])(
    'detects %s as a forum page', (name) => {
      expect(adapterForContent(toSourceContent(own(name)))?.name).toBe('forum-html');
    },
  );

  it('leaves pages without posts, plain text and JSON to others', () => {
    expect(adapterForContent(toSourceContent('<!DOCTYPE html><html><body><p>Opening hours: 9 to 5.</p></body></html>'))).toBeNull();
    expect(forumHtmlAdapter.detect(toSourceContent('Alice wrote:\n> tabs\nNo, spaces.'))).toBe(false);
    expect(forumHtmlAdapter.detect(toSourceContent('{"items": []}'))).toBe(false);
  });

  it.each([
    ['phpbb_viewtopic_page1.html', 'phpbb', 4],
    ['xenforo2_thread.html', 'xenforo', 3],
    ['smf20_topic.html', 'smf', 3],
  ] as const)('with the fallback off, only the %s engine\'s own rules read it', (name, engine, posts) => {
    const $ = load(own(name));
    for (const rules of FORUM_ENGINES) {
      expect(readEnginePage($, rules, null).posts, rules.name).toHaveLength(rules.name === engine ? posts : 0);
    }
  });

  it.skipIf(!existsSync(SHARED))('with the fallback off, the specific adapters still read their own pages', () => {
    const specific = ADAPTERS.filter((adapter) => adapter !== forumHtmlAdapter);
    expect(adapterForContent(toSourceContent(shared('stackexchange/so_48978459_cat_not_equal_dog.html')), specific)?.name).toBe('stackexchange');
    expect(adapterForContent(toSourceContent(readFileSync(new URL('../fixtures/sources/discourse/crawler_topic_page.html', import.meta.url), 'utf8')), specific)?.name).toBe('discourse');
    expect(ADAPTERS.at(-1)).toBe(forumHtmlAdapter);
  });
});

describe.skipIf(!existsSync(SHARED))('Something Awful (vBulletin) pages', () => {
  const page = (name: string) => shared(`forum-html/${name}`);
  const postCount = (text: string) => (text.match(/<table class="post[^"]*" id="post\d+"/g) ?? []).length;
  /**
   * Quote blocks not inside another quote (code boxes share the class but are not quotes), with words of
   * their own: a block holding only a nested quote repeats the quoted post's quote, not the quoted post.
   */
  const outerQuotes = (text: string) => {
    const $ = load(text);
    return $('td.postbody .bbc-block:not(.code)').filter((_, el) => {
      const own = $(el).children('blockquote').clone();
      own.find('.bbc-block').remove();
      return $(el).parents('.bbc-block').length === 0 && own.text().trim() !== '';
    }).length;
  };

  it.each([
    ['somethingawful_vb_coding_horrors.html', 40, 20],
    ['somethingawful_vb_lets_play_battlefield1942_last_page.html', 33, 15],
    ['somethingawful_vb_logie_award.html', 40, 11],
  ] as const)('reads %s: every post and every quote block', (name, posts, quotes) => {
    const text = page(name);
    expect(adapterForContent(toSourceContent(text))?.name).toBe('forum-html');
    const thread = parse(text);
    expect(thread.posts).toHaveLength(postCount(text));
    expect(thread.posts).toHaveLength(posts);
    expect(thread.posts.flatMap((post) => post.quotes)).toHaveLength(outerQuotes(text));
    expect(outerQuotes(text)).toBe(quotes);
    expect(thread.source.kind).toBe('html');
    expectForest(thread.posts);
    expectNoChrome(thread);
  });

  it('links a reply to the post its quote names, and leaves the rest top-level on a mid-thread page', () => {
    const thread = parse(page('somethingawful_vb_coding_horrors.html'), 'https://forums.somethingawful.com/showthread.php?threadid=2803713&pagenumber=1215');
    expect(thread.source.title).toBe('Coding Horrors: Turn screen off to reveal nemesis - The Something Awful Forums');
    expect(byId(thread, '493828335')).toMatchObject({
      parentId: null, author: 'VikingofRock', createdAt: '2019-03-31T14:11:00', text: 'An assert with side effects definitely belongs in this thread.',
      url: 'https://forums.somethingawful.com/showthread.php?threadid=2803713&pagenumber=1215#post493828335',
    });
    // Its one quote block holds only Dumb Lowtax's own quote of someone else: no words of the quoted post.
    expect(byId(thread, '493828335').quotes).toEqual([]);
    expect(byId(thread, '493828582')).toMatchObject({ parentId: '493828335', author: 'Absurd Alhazred', text: 'I\'ve done that.' });
    expect(byId(thread, '493828582').quotes).toEqual([{ text: 'An assert with side effects definitely belongs in this thread.', postId: '493828335', author: 'VikingofRock' }]);
    expect(byId(thread, '494155935').parentId).toBe('493831380');
    expect(thread.diagnostics.map((d) => d.message)).toEqual([
      'The page starts in the middle of the thread: 22 posts quoting no earlier post on it are shown as top-level.',
    ]);
  });

  it('keeps the id of a quoted post from an earlier page on the quote, and the reply top-level', () => {
    const thread = parse(page('somethingawful_vb_logie_award.html'));
    expect(byId(thread, '411639264')).toMatchObject({ parentId: null, author: 'Pickled Tink', text: 'Lets not give them an excuse to pull the nomination shall we?' });
    expect(byId(thread, '411639264').quotes).toEqual([{
      text: 'How easy is it to write a script to automate this process? If Kim Jong Un can be Person of the Year, Cataphract should be able to win a Lojey.',
      postId: '411637955', author: 'AgentF',
    }]);
    expect(byId(thread, '411640470')).toMatchObject({ parentId: '411640426', createdAt: '2013-01-18T22:03:00' });
  });
});

describe('phpBB', () => {
  const URL_1 = 'https://forum.riverside-allotments.example/viewtopic.php?t=7';
  const URL_2 = 'https://forum.riverside-allotments.example/viewtopic.php?t=7&start=4';

  it('reads a topic page: quotes with post ids make the reply links, the rest reply to the topic', () => {
    const thread = parse(own('phpbb_viewtopic_page1.html'), URL_1);
    expect(thread.posts.map((post) => [post.id, post.parentId])).toEqual([['101', null], ['102', '101'], ['104', '102'], ['103', '101']]);
    expect(byId(thread, '101')).toMatchObject({ author: 'margaret_h', createdAt: '2024-03-02T09:15:00.000Z', url: `${URL_1}#p101` });
    expect(byId(thread, '103')).toMatchObject({
      author: 'Priya', text: 'Could we ask the printer for a cheaper quote first? Here is what I pay for the school flyers:\n\n200 copies, A5, black and white: £31\n\nThat would bring it under £100 a year.',
    });
    expect(byId(thread, '102').quotes).toEqual([{ text: 'Members without email could pick up a copy from the shed.', postId: '101', author: 'margaret_h' }]);
    expect(byId(thread, '102').text).toBe('I don\'t think the shed works. Half of the older members never go in there, and the copies would get damp.');
    expect(thread.diagnostics).toEqual([]);
    expectNoChrome(thread, ['tomatoes, always tomatoes']);
  });

  it('follows the Next link to the end of the topic', async () => {
    const http = fakeHttp({ ...html(own('phpbb_viewtopic_page1.html'), URL_1), ...html(own('phpbb_viewtopic_page2.html'), URL_2) });
    const thread = await whole(readUrl(new URL(URL_1), contextWith(http)));
    expect(http.requests.map((r) => r.url)).toEqual([URL_1, URL_2]);
    expect(thread.posts).toHaveLength(5);
    expect(byId(thread, '105')).toMatchObject({ parentId: '103', author: 'dave_w', url: `${URL_2}#p105` });
  });

  it('stops at the request limit, and keeps what it read when a later page fails', async () => {
    const limited = fakeHttp(html(own('phpbb_viewtopic_page1.html'), URL_1));
    const first = await whole(readUrl(new URL(URL_1), contextWith(limited, 0)));
    expect(first.posts).toHaveLength(4);
    expect(first.diagnostics.map((d) => d.message)).toEqual(['Read 1 page of the thread: the request limit (0) was reached before its last page.']);
    const broken = await whole(readUrl(new URL(URL_1), contextWith(fakeHttp(html(own('phpbb_viewtopic_page1.html'), URL_1)))));
    expect(broken.posts).toHaveLength(4);
    expect(broken.diagnostics.map((d) => d.message)).toEqual([`forum.riverside-allotments.example answered HTTP 404 for ${URL_2}. The thread is shown as far as the page before it (1 page read).`]);
  });

  it('reports a thread URL the forum does not have', async () => {
    const error = await rejection(whole(forumHtmlAdapter.fetchThread(new URL(URL_1), contextWith(fakeHttp({})))));
    expect(error.code).toBe('fetch-failed');
    expect(error.message).toBe(`forum.riverside-allotments.example answered HTTP 404 for ${URL_1}.`);
  });
});

describe('XenForo', () => {
  it('reads a thread: data-source quotes link replies, "said:" headers and "Click to expand..." are not text', () => {
    const thread = parse(own('xenforo2_thread.html'), 'https://towpath-cyclists.example/threads/are-e-bikes-allowed-on-the-canal-towpath.4410/');
    expect(thread.posts.map((post) => [post.id, post.parentId])).toEqual([['88101', null], ['88107', '88101'], ['88120', '88101']]);
    expect(thread.source.title).toBe('Are e-bikes allowed on the canal towpath?');
    expect(byId(thread, '88101')).toMatchObject({ author: 'Ruth K', createdAt: '2023-06-11T07:02:44.000Z' });
    expect(byId(thread, '88107').quotes).toEqual([{ text: 'As far as I know a pedal-assist bike limited to 15.5 mph counts as an ordinary bicycle.', postId: '88101', author: 'Ruth K' }]);
    expect(byId(thread, '88107').text).toBe('That\'s right, the Trust\'s own code says so. The warden was wrong, but I would still slow down under the bridges.');
    expect(byId(thread, '88120').url).toBe('https://towpath-cyclists.example/threads/are-e-bikes-allowed-on-the-canal-towpath.4410/#post-88120');
    expectNoChrome(thread, ['Brompton owner since 2009']);
  });
});

describe('Simple Machines Forum', () => {
  it('reads a topic: the "Quote from" header before a quote names the message it quotes', () => {
    const thread = parse(own('smf20_topic.html'));
    expect(thread.posts.map((post) => [post.id, post.parentId])).toEqual([['7001', null], ['7004', '7001'], ['7009', '7001']]);
    expect(byId(thread, '7001')).toMatchObject({ author: 'Orion_Belt', createdAt: '2024-01-14T21:12:40' });
    expect(byId(thread, '7009')).toMatchObject({ author: 'Guest_Ana', createdAt: '2024-01-16T22:05:51' });
    expect(byId(thread, '7004').quotes).toEqual([{ text: 'should I save for a small refractor and stick to the Moon and planets?', postId: '7001', author: 'Orion_Belt' }]);
    expect(byId(thread, '7004').text).toMatch(/^The planets don't care about light pollution, so yes\./);
    expectNoChrome(thread, ['Clear skies!']);
  });
});

describe('Pages that are not threads', () => {
  it('refuses a page with no posts, and JSON', () => {
    expect(() => parse('<html><body><h1>Welcome</h1></body></html>', 'https://example.org/'))
      .toThrow('No forum posts were found in the page at https://example.org/: its markup matches no forum engine Threadmap reads.');
    expect(() => parse('{"posts": []}')).toThrow('No forum posts were found in the page');
  });
});
