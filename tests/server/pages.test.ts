// The pages and their safety headers: home with its box and this browser's recent maps, the map page shell, the bundled
// assets served by the app itself, and a CSP that allows no inline script.
import { existsSync } from 'node:fs';
import { load } from 'cheerio';
import { beforeAll, describe, expect, it } from 'vitest';
import { recordHeading } from '../../src/server/pages.js';
import type { MapRecord } from '../../src/store/maps.js';
import { mapFromText, postJson, useTestServer, waitForMap } from '../fixtures/web/server.js';

const BUNDLE = new URL('../../public/dist/app.js', import.meta.url);

describe('pages', () => {
  const server = useTestServer();
  const base = () => server.current.url;
  let mapId: string;
  let cookie: string;
  beforeAll(async () => {
    const created = await postJson(base(), '/api/maps', { text: '<b>Tea</b> beats coffee.\n\nNo, coffee wins.' });
    cookie = created.headers.get('set-cookie')!.split(';')[0]!;
    mapId = ((await created.json()) as { id: string }).id;
    await waitForMap(base(), mapId);
  });

  it('home has one box for a URL or text, and lists recent maps with scraped text escaped', async () => {
    const response = await fetch(`${base()}/`, { headers: { cookie } });
    expect(response.status).toBe(200);
    const html = await response.text();
    const $ = load(html);
    expect($('form#new-map textarea#source').length).toBe(1);
    expect($(`.recent-list a[href="/maps/${mapId}"]`).text()).toMatch(/^<b>Tea<\/b> beats coffee\./);
    expect(html).not.toContain('<b>Tea</b>');
  });

  it('lists only the maps this browser made, and never the credentials in a URL', async () => {
    const other = await postJson(base(), '/api/maps', { url: 'http://someone:hunter2@127.0.0.1:9/thread' });
    const otherCookie = other.headers.get('set-cookie')!.split(';')[0]!;
    expect(otherCookie).not.toBe(cookie);
    expect(other.headers.get('set-cookie')).toMatch(/HttpOnly; SameSite=Strict/);
    const { id } = (await other.json()) as { id: string };
    await waitForMap(base(), id);

    const mine = load(await (await fetch(`${base()}/`, { headers: { cookie } })).text());
    expect(mine('.recent-list a').map((_, a) => mine(a).attr('href')).get()).toEqual([`/maps/${mapId}`]);
    const theirs = await (await fetch(`${base()}/`, { headers: { cookie: otherCookie } })).text();
    expect(load(theirs)('.recent-list a').text()).toBe('http://127.0.0.1:9/thread');
    expect(theirs).not.toContain('hunter2');
    const stranger = load(await (await fetch(`${base()}/`)).text());
    expect(stranger('.recent-list a').length).toBe(0);
    expect(stranger('.recent .empty').text()).toMatch(/No maps yet/);
  }, 60_000);

  it('sends a CSP with no inline script and no outside sources', async () => {
    const csp = (await fetch(`${base()}/`)).headers.get('content-security-policy')!;
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("default-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).not.toMatch(/https?:/);
  });

  it('map page is a shell naming its map, loading only the app\'s own script and stylesheet', async () => {
    const $ = load(await (await fetch(`${base()}/maps/${mapId}`)).text());
    expect($('body').attr('data-map-id')).toBe(mapId);
    expect($('script').map((_, s) => $(s).attr('src')).get()).toEqual(['/assets/app.js']);
    expect($('script:not([src])').length).toBe(0);
    expect($('link[rel="stylesheet"]').attr('href')).toBe('/assets/app.css');
    expect($('svg#tree').length).toBe(1);
    // The map's data is asked for with the page (the lean form the script reads), not after the script has run.
    expect($('link[rel="preload"]').map((_, l) => [[$(l).attr('href'), $(l).attr('as')]]).get()).toEqual([[`/api/maps/${mapId}?form=page.gz`, 'fetch']]);
  });

  it.skipIf(!existsSync(BUNDLE))('serves the bundled script (d3 inside) and stylesheet itself', async () => {
    const script = await fetch(`${base()}/assets/app.js`);
    expect(script.status).toBe(200);
    expect(script.headers.get('content-type')).toMatch(/javascript/);
    expect((await script.text()).length).toBeGreaterThan(20_000);
    expect((await fetch(`${base()}/assets/app.css`)).status).toBe(200);
    expect((await fetch(`${base()}/assets/missing.js`)).status).toBe(404);
  });

  it('calls a map by its thread title, and a pasted page or API response still being read "Pasted thread", never its markup', () => {
    const record = { title: null, label: '[{"kind": "Listing", "data": {"children": [' } as MapRecord;
    expect(recordHeading(record)).toBe('Pasted thread');
    expect(recordHeading({ ...record, label: '<!DOCTYPE html><html lang="en">' })).toBe('Pasted thread');
    expect(recordHeading({ ...record, label: 'Tea beats coffee.' })).toBe('Tea beats coffee.');
    expect(recordHeading({ ...record, title: "We're back" })).toBe("We're back");
  });
});
