// Every failure answers {"error": "one sentence"} with the contract's status (CONTRACT §5).
import { describe, expect, it } from 'vitest';
import { postJson, useTestServer, waitForMap } from '../fixtures/web/server.js';

describe('API errors', () => {
  const server = useTestServer();
  const base = () => server.current.url;

  const errorOf = async (response: Response) => {
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    const body = (await response.json()) as { error: string };
    expect(Object.keys(body)).toEqual(['error']);
    return body.error;
  };

  it.each([
    [{}, /either "url" .* or "text"/],
    [{ url: 'ftp://example.com/thread' }, /Only http and https URLs/],
    [{ url: 'not a url' }, /is not a URL/],
    [{ text: '   \n ' }, /The text is empty/],
    [{ text: 'both', url: 'https://example.com' }, /either "url" .* or "text"/],
    [{ text: 42 }, /either "url" .* or "text"/],
  ])('400 for the body %j', async (body, sentence) => {
    const response = await postJson(base(), '/api/maps', body);
    expect(response.status).toBe(400);
    expect(await errorOf(response)).toMatch(sentence);
  });

  it('400 for a body that is not JSON', async () => {
    const response = await fetch(`${base()}/api/maps`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"text": ' });
    expect(response.status).toBe(400);
    expect(await errorOf(response)).toBe('The request body is not valid JSON.');
  });

  it('413 for a body over 5 MB', async () => {
    const response = await postJson(base(), '/api/maps', { text: 'word '.repeat(1_100_000) });
    expect(response.status).toBe(413);
    expect(await errorOf(response)).toMatch(/larger than the 5 MB limit/);
  });

  it.each([
    '/api/maps/nosuchmap',
    '/api/maps/nosuchmap/events',
    '/api/maps/nosuchmap/export?format=json',
    '/api/nothing-here',
    '/maps/nosuchmap',
  ])('404 for %s', async (path) => {
    const response = await fetch(`${base()}${path}`);
    expect(response.status).toBe(404);
    expect(await errorOf(response)).toMatch(/was not found\.$/);
  });

  it('shows a browser a 404 page, not JSON', async () => {
    const response = await fetch(`${base()}/maps/nosuchmap`, { headers: { accept: 'text/html' } });
    expect(response.status).toBe(404);
    expect(await response.text()).toContain("Map &#39;nosuchmap&#39; was not found.");
  });

  it('400 for an unknown or missing export format, naming the formats', async () => {
    const created = await postJson(base(), '/api/maps', { text: 'One post here.\n\nA reply to it.' });
    const { id } = (await created.json()) as { id: string };
    await waitForMap(base(), id);
    const unknown = await fetch(`${base()}/api/maps/${id}/export?format=pdf`);
    expect(unknown.status).toBe(400);
    expect(await errorOf(unknown)).toBe("'pdf' is not an export format; choose one of md, json, argdown, aif, html, svg.");
    const missing = await fetch(`${base()}/api/maps/${id}/export`);
    expect(missing.status).toBe(400);
  });

  it('a URL the fetcher refuses ends the map with its status and sentence', async () => {
    const created = await postJson(base(), '/api/maps', { url: 'http://127.0.0.1:8080/thread' });
    expect(created.status).toBe(201);
    const { id } = (await created.json()) as { id: string };
    const done = await waitForMap(base(), id);
    expect(done.status).toBe(400);
    expect(await errorOf(done)).toMatch(/^Refused to fetch http:\/\/127\.0\.0\.1:8080\/thread/);
    const exported = await fetch(`${base()}/api/maps/${id}/export?format=md`);
    expect(exported.status).toBe(400);
  });
});
