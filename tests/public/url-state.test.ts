import { describe, expect, it, vi } from 'vitest';
import { pageUrl, postHash, readUrlState, restoreUrlState, urlSuffix } from '../../public/src/url-state.js';

describe('the address keeps view, filter, search and the open post', () => {
  it('reads #post-<id> and the query, defaults when absent', () => {
    expect(readUrlState({ search: '', hash: '' })).toEqual({ post: null, view: 'tree', filter: 'all', query: '' });
    expect(readUrlState({ search: '?view=outline&filter=author%3Ab%C3%B6b&q=+karma+', hash: '#post-t1_c36%2F5' }))
      .toEqual({ post: 't1_c36/5', view: 'outline', filter: 'author:böb', query: 'karma' });
    expect(readUrlState({ search: '', hash: '#post-%E0%A4%A' }).post).toBeNull();
    expect(readUrlState({ search: '', hash: '#summary' }).post).toBeNull();
  });

  it('writes only what differs from the defaults, and keeps other parameters', () => {
    expect(urlSuffix({ post: null, view: 'tree', filter: 'all', query: '' })).toBe('');
    expect(urlSuffix({ post: 'p 6', view: 'tree', filter: 'disagreements', query: 'sure thing' }, '?lang=en&q=old'))
      .toBe('?lang=en&q=sure+thing&filter=disagreements#post-p%206');
    expect(postHash('p6')).toBe('#post-p6');
    const here = { origin: 'http://127.0.0.1:3000', pathname: '/maps/abc', search: '?filter=concessions', protocol: 'http:', href: '' };
    expect(pageUrl({ post: 'p6', view: 'outline', filter: 'concessions', query: '' }, here)).toBe('http://127.0.0.1:3000/maps/abc?filter=concessions&view=outline#post-p6');
    const file = { origin: 'null', pathname: '/tmp/map.html', search: '', protocol: 'file:', href: 'file:///tmp/map.html#post-x' };
    expect(pageUrl({ post: 'p1', view: 'tree', filter: 'all', query: '' }, file)).toBe('file:///tmp/map.html#post-p1');
  });

  it('restores the post last, after the view, filter and search that frame it', () => {
    const calls: string[] = [];
    const log = (name: string) => vi.fn((value: string) => { calls.push(`${name}:${value}`); return true; });
    restoreUrlState({ post: 'p6', view: 'outline', filter: 'disagreements', query: 'karma' },
      { showView: log('view'), setFilter: log('filter'), search: log('search'), openPost: log('post') });
    expect(calls).toEqual(['view:outline', 'filter:disagreements', 'search:karma', 'post:p6']);
  });
});
