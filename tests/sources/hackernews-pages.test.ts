// Hacker News item pages in the markups the adapter had never seen (issue 11): before mid-2015, a comment's
// permalink page, and polls in every format.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { RawPost } from '../../src/model.js';
import { toSourceContent } from '../../src/sources/content.js';
import { adapterForContent } from '../../src/sources/dispatch.js';
import { isHnItemPage } from '../../src/sources/hackernews-html.js';
import { hackernewsAdapter } from '../../src/sources/hackernews.js';
import { expectNoChrome } from './util/no-chrome.js';
import { whole } from './util/whole.js';

const OWN = new URL('../fixtures/sources/hackernews/', import.meta.url);
const read = (name: string) => readFileSync(new URL(name, OWN), 'utf8');
const parse = (text: string, url: string | null = null) => whole(hackernewsAdapter.parse(toSourceContent(text, url)));
const byId = (posts: RawPost[], id: string) => posts.find((post) => post.id === id)!;

describe('Hacker News: item pages before mid-2015 (op="item" on table#hnmain, spacer indent, no tr.athing)', () => {
  const page = read('item_page_2015feb_jsoup_gc_arc.html');

  it('is recognised as an HN page, not pasted text', () => {
    expect(adapterForContent(toSourceContent(page))?.name).toBe('hackernews');
  });

  it('reads the story and all 12 comments with parents from the spacer width', () => {
    const thread = parse(page);
    expect(thread.posts).toHaveLength(13);
    expect(thread.posts[0]).toMatchObject({ id: '9085563', parentId: null, author: 'tachion', score: 24, title: 'Apple calling developers to migrate their garbage collector apps to ARC' });
    expect(byId(thread.posts, '9085764')).toMatchObject({ parentId: '9085563', author: 'zbowling' });
    expect(byId(thread.posts, '9085758')).toMatchObject({ parentId: '9085702', author: 'ttflee' });
    expect(byId(thread.posts, '9085766').parentId).toBe('9085758');
    expect(byId(thread.posts, '9085775').parentId).toBe('9085766');
    expect(byId(thread.posts, '9085755').parentId).toBe('9085702');
    expect(thread.posts.every((post) => !/<\/?[a-z]/i.test(post.text))).toBe(true);
    expectNoChrome(thread);
  });

  it('reads an Ask HN page of that markup', () => {
    const thread = parse(read('item_page_2015feb_jsoup_ask_tdd.html'));
    expect(thread.posts.map((post) => [post.id, post.parentId])).toEqual([['9085695', null], ['9085745', '9085695']]);
    expect(thread.posts[0]!.text).toMatch(/^I'm a student developer/);
  });

  it('drops the bare reply link that an unclosed <p> pulls into the comment (raw 2014 markup)', () => {
    const thread = parse(read('item_page_2014_raw_markup_own.html'));
    expect(thread.posts.map((post) => [post.id, post.parentId])).toEqual([
      ['7590644', null], ['7592488', '7590644'], ['7592601', '7592488'], ['7592777', '7592601'], ['7592650', '7590644'],
    ]);
    expect(thread.posts[0]).toMatchObject({ title: 'Tails 1.0 released', author: 'example_op', score: 412 });
    expect(byId(thread.posts, '7592488').text).toBe('Shutting it down wipes the memory.\n\nThat matters because keys stay in RAM for a while.\n\nPhysical access is the attack this handles.');
    expectNoChrome(thread);
  });
});

describe('Hacker News: item pages before 2013, titled "Hacker News | …" or re-serialised with spaces in <title>', () => {
  it('reads a 2011 page (title "Hacker News | VirtualBox is garbage") as 49 comments under their story', () => {
    const page = read('item_page_2011_virtualbox_is_garbage.html');
    expect(isHnItemPage(page)).toBe(true);
    const thread = parse(page);
    expect(thread.posts).toHaveLength(50);
    expect(thread.posts[0]).toMatchObject({ id: '3083797', parentId: null, author: 'hbrouwer', title: 'VirtualBox is garbage' });
    expect(byId(thread.posts, '3084378')).toMatchObject({ parentId: '3084030', author: 'Greg12x' });
  });

  it('reads a page BeautifulSoup re-serialised (whitespace inside <title>) with its nesting', () => {
    const thread = parse(read('item_page_2012_aws_outage_summary_bs4.html'));
    expect(thread.posts[0]).toMatchObject({ id: '4705067', author: 'tch', title: 'AWS outage summary' });
    expect(byId(thread.posts, '4706034')).toMatchObject({ parentId: '4705841', author: 'antirez' });
    expect(byId(thread.posts, '4705841')).toMatchObject({ parentId: '4705763', author: 'cperciva' });
  });
});

describe('Hacker News: a comment permalink page (item?id=<comment>)', () => {
  const page = read('comment_page_2024_own.html');

  it('keeps the focal comment as the root, with its text, and needs no URL', () => {
    const thread = parse(page);
    expect(thread.posts[0]).toMatchObject({ id: '39990102', parentId: null, author: 'tptacek_fan' });
    expect(thread.posts[0]!.text).toBe('We write them for anything that changes a data model. A pull request shows the code, not the alternatives you rejected.\n\nThe doc is where the rejected options live.');
    expect(thread.posts.map((post) => [post.id, post.parentId])).toEqual([
      ['39990102', null], ['39990115', '39990102'], ['39990121', '39990115'], ['39990140', '39990102'],
    ]);
    expect(thread.source.title).toBe('Ask HN: Do you still write design docs?');
    expectNoChrome(thread);
  });

  it('is told apart from a user\'s comments page (op="threads"), which is not one thread', () => {
    expect(isHnItemPage(page)).toBe(true);
    expect(isHnItemPage(page.replace('op="item"', 'op="threads"'))).toBe(false);
  });

  it('reads the same with the comment\'s URL', () => {
    expect(parse(page, 'https://news.ycombinator.com/item?id=39990102').posts).toHaveLength(4);
  });
});

describe('Hacker News: polls keep their options as the poll\'s text', () => {
  const OPTIONS = [
    "Poll option: Yes, ban them; I'm tired of seeing these polls on News.YC. (335 points)",
    'Poll option: No, keep them; some are useful. (117 points)',
    "Poll option: I don't care. (12 points)",
  ].join('\n\n');

  for (const file of ['firebase_poll_own.json', 'algolia_poll_own.json', 'poll_page_2024_own.html']) {
    it(`reads ${file}: options in the root post, comments under it, no option posts`, () => {
      const thread = parse(read(file));
      expect(thread.posts[0]).toMatchObject({ id: '126809', parentId: null, text: OPTIONS, title: 'Poll: What would happen if News.YC had explicit support for polls?' });
      expect(thread.posts.map((post) => [post.id, post.parentId])).toEqual([
        ['126809', null], ['126822', '126809'], ['126825', '126822'], ['126830', '126809'],
      ]);
    });
  }
});
