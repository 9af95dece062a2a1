import { load } from 'cheerio';
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readUrl } from '../../../src/sources/dispatch.js';
import { hasPreviousPage, nextPageUrl } from '../../../src/sources/forum/pagination.js';
import { contextWith, fakeHttp } from '../util/fake-http.js';
import { whole } from '../util/whole.js';

const PAGE_2 = 'https://forum.example.org/showthread.php?t=5&page=2';
const links = (...hrefs: string[]) => load(`<html><head></head><body>${hrefs.map((href) => `<a href="${href}">x</a>`).join(' ')}</body></html>`);

describe('Following a forum thread\'s pages', () => {
  it('takes rel=next before page numbers', () => {
    const $ = load('<html><head><link rel="next" href="/showthread.php?t=5&amp;page=9"></head><body><a href="showthread.php?t=5&amp;page=3">3</a></body></html>');
    expect(nextPageUrl($, 'a.none', PAGE_2)).toBe('https://forum.example.org/showthread.php?t=5&page=9');
  });

  it('falls back to the link numbered one past this page, in this thread only', () => {
    expect(nextPageUrl(links('showthread.php?t=5&page=1', 'showthread.php?t=5&page=3#top'), 'a.none', PAGE_2))
      .toBe('https://forum.example.org/showthread.php?t=5&page=3');
    expect(nextPageUrl(links('showthread.php?t=6&page=3'), 'a.none', PAGE_2)).toBeNull();
    expect(nextPageUrl(links('showthread.php?t=5&pagenumber=2'), 'a.none', 'https://forum.example.org/showthread.php?t=5')).toBe('https://forum.example.org/showthread.php?t=5&pagenumber=2');
  });

  it('knows a page after the first by its links or its page number', () => {
    expect(hasPreviousPage(links(), 'a.none', PAGE_2)).toBe(true);
    expect(hasPreviousPage(links(), 'a.none', 'https://forum.example.org/showthread.php?t=5&page=1')).toBe(false);
    expect(hasPreviousPage(load('<a rel="prev" href="?p=1">‹</a>'), 'a.none', null)).toBe(true);
  });
});

const SA = new URL('../../../../shared/fixtures/forum-html/', import.meta.url);

describe.skipIf(!existsSync(SA))('Following Something Awful pages by number', () => {
  it('reads page 17 and then page 18 when the page has no "Next page" link', async () => {
    const url = (n: number) => `https://forums.somethingawful.com/showthread.php?threadid=3526065&userid=0&perpage=40&pagenumber=${n}`;
    const html = (name: string) => ({ status: 200, body: readFileSync(new URL(name, SA), 'utf8').replaceAll('title="Next page"', ''), contentType: 'text/html' });
    const http = fakeHttp({ [url(17)]: html('somethingawful_vb_logie_award.html'), [url(18)]: html('somethingawful_vb_lets_play_battlefield1942_last_page.html') });
    const thread = await whole(readUrl(new URL(url(17)), contextWith(http)));
    expect(http.requests.map((r) => r.url)).toEqual([url(17), url(18)]);
    expect(thread.posts).toHaveLength(40 + 33);
  });
});
