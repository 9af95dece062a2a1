// A Discourse topic page saved from a browser (issue 11): the crawler copy of the posts sits inside
// <noscript>, in 2.8 markup with no id="post_N"; the page also carries the topic JSON in data-preloaded.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { RawThread } from '../../src/model.js';
import { toSourceContent } from '../../src/sources/content.js';
import { adapterForContent } from '../../src/sources/dispatch.js';
import { expectForest } from '../helpers/invariants.js';
import { whole } from './util/whole.js';

const PAGE = readFileSync(new URL('../fixtures/sources/discourse/ionic_t177814_browser_saved_2_8.html', import.meta.url), 'utf8');
const read = (html: string) => {
  const content = toSourceContent(html);
  const adapter = adapterForContent(content);
  expect(adapter?.name).toBe('discourse');
  return whole(adapter!.parse(content));
};
const parentOf = (thread: RawThread, author: string, start: string) =>
  thread.posts.find((post) => post.author === author && post.text.startsWith(start))!.parentId;

describe('Discourse: a topic page saved from a browser (posts in <noscript>, 2.8 markup)', () => {
  it('reads all 20 crawler posts, numbered by their position, with quotes and no markup', () => {
    // The saved data-preloaded JSON of this file was hand-edited (one "&quoquot;"), so only the crawler copy is readable.
    const thread = read(PAGE);
    expect(thread.posts.map((post) => post.id)).toEqual(['1', '2', '3', '5', '6', '7', '8', '9', '19', '10', '11', '12', '15', '13', '14', '16', '17', '18', '20', '22']);
    expect(thread.source.title).toBe('How to build an Android APK file without using Android Studio in a Capacitor project?');
    expect(thread.posts[0]).toMatchObject({ author: 'SwapnilP133', parentId: null, createdAt: '2019-11-18T06:49:00.000Z' });
    expect(thread.posts.find((post) => post.id === '5')).toMatchObject({ author: 'roboter', text: 'Hey, did you read the question?\n\nLooking for same' });
    expect(thread.posts.find((post) => post.id === '5')!.quotes[0]!.text).toBe('without using Android Studio');
    expect(thread.posts.every((post) => !/<\/?[a-z]/i.test(post.text))).toBe(true);
    expectForest(thread.posts);
  });

  it('reads the topic JSON the page carries when it parses: real ids and reply links', () => {
    const thread = read(PAGE.replace('&quoquot;', '&quot;'));
    expect(thread.posts).toHaveLength(20);
    expect(thread.posts[0]).toMatchObject({ id: '446326', parentId: null, author: 'SwapnilP133' });
    expect(parentOf(thread, 'roboter', 'Hey, did you read')).toBe('446439'); // #5 replies to #3
    expect(parentOf(thread, 'kazlauskis', 'You can find your keystore')).toBe('473825');
    expect(parentOf(thread, 'Karthik-V-V', 'After spending')).toBe('464315');
    expectForest(thread.posts);
  });
});

describe('Discourse: a reply to a post outside the response', () => {
  it('hangs under a placeholder for that post, itself under the topic\'s first post, with a diagnostic', () => {
    const post = (id: number, number: number, replyTo: number | null, text: string) => ({
      id, post_number: number, reply_to_post_number: replyTo, username: `user${number}`, created_at: '2024-01-01T00:00:00Z', cooked: `<p>${text}</p>`, post_type: 1,
    });
    const topic = { id: 9, title: 'A topic', post_stream: { posts: [post(101, 1, null, 'The opening post.'), post(105, 5, 4, 'I agree with the fourth post.')] } };
    const content = toSourceContent(JSON.stringify(topic), 'https://forum.example.org/t/a-topic/9');
    const thread = whole(adapterForContent(content)!.parse(content));
    expect(thread.posts.map((p) => [p.id, p.parentId, p.placeholder ?? false])).toEqual([['101', null, false], ['#4', '101', true], ['105', '#4', false]]);
    expect(thread.diagnostics.map((d) => d.message)).toContain('1 post replies to 1 post missing from the response (#4); placeholders stand in for them.');
  });
});

describe('Discourse: a page saved after the app drew it, with no crawler copy', () => {
  it('reads the drawn posts: site ids, writers, times, and replies to the writer on the reply tab', () => {
    const html = readFileSync(new URL('../fixtures/sources/discourse/rendered_topic_saved_complete_own.html', import.meta.url), 'utf8');
    const thread = read(html);
    expect(thread.posts.map((post) => [post.id, post.parentId, post.author])).toEqual([
      ['31001', null, 'ana'], ['31007', '31001', 'ben'], ['31015', '31001', 'cy'], ['31020', '31015', 'ben'],
    ]);
    expect(thread.posts[1]).toMatchObject({ createdAt: '2024-03-03T10:20:00.000Z', text: 'Go. You will have a binary in an afternoon and the standard library covers it.' });
    expect(thread.source.title).toBe('Rust vs Go for a CLI');
  });
});
