// A clash's target in a flat topic (src/argument/answered-targets.ts): the post a reply under the opening
// post really answers (it @mentions or quotes its writer), not the opening post; where the thread has no reply
// links, the post just before a reply that names no one.
import { describe, expect, it } from 'vitest';
import type { MapDocument } from '../../src/model.js';
import { buildMap } from '../../src/pipeline.js';
import { rawPost, rawThread } from '../helpers/posts.js';

const by = (author: string) => ({ author });
const map = (...posts: Parameters<typeof rawPost>[]): MapDocument => buildMap(rawThread(posts.map((args) => rawPost(...args))));

const OPENING = 'Our team is choosing a database for the new billing service. Postgres and SQLite are on the list.';
const BEN = 'SQLite handles concurrent writers well enough for a billing service with a few hundred users.';
const CY = '@ben I disagree. SQLite does not handle concurrent writers well, since every write locks the whole database file.';

describe('clash targets in a flat topic', () => {
  it('target the post of the writer a reply under the opening post @mentions', () => {
    const doc = map(['a1', null, OPENING, by('ana')], ['b1', 'a1', BEN, by('ben')], ['c1', 'a1', CY, by('cy')]);
    const clashes = doc.argument!.clashes.filter((clash) => clash.from.postId === 'c1');
    expect(clashes.length).toBeGreaterThan(0);
    for (const clash of clashes) expect(clash.to).toMatchObject({ postId: 'b1', author: 'ben' });
    // The tree is unchanged: the reply still sits under the opening post.
    expect(doc.posts.find((post) => post.id === 'c1')!.parentId).toBe('a1');
  });

  it('target the post just before a reply that names no one, where the thread has no reply links', () => {
    const doc = map(['a1', null, OPENING, by('ana')], ['b1', 'a1', BEN, by('ben')], ['c1', 'a1', CY.replace('@ben ', ''), by('cy')]);
    const clashes = doc.argument!.clashes.filter((c) => c.from.postId === 'c1');
    expect(clashes.length).toBeGreaterThan(0);
    for (const clash of clashes) expect(clash.to).toMatchObject({ postId: 'b1', author: 'ben' });
  });

  it('keep the opening post as the target where the site gives reply links (a comment tree)', () => {
    const posts = [rawPost('a1', null, OPENING, by('ana')), rawPost('b1', 'a1', BEN, by('ben')), rawPost('c1', 'a1', CY.replace('@ben ', ''), by('cy'))];
    const doc = buildMap(rawThread(posts, 'reddit'));
    const clashes = doc.argument!.clashes.filter((c) => c.from.postId === 'c1');
    expect(clashes.length).toBeGreaterThan(0);
    for (const clash of clashes) expect(clash.to.postId).toBe('a1');
  });

  it('keep the opening post first when the reply takes up its terms more than the previous post’s', () => {
    const dan = 'Postgres is the better choice for a billing service: the list should not hold SQLite at all.';
    const doc = map(['a1', null, OPENING, by('ana')], ['b1', 'a1', 'Rust makes the reporting jobs faster than Python ever did here.', by('ben')], ['d1', 'a1', dan, by('dan')]);
    const clashes = doc.argument!.clashes.filter((c) => c.from.postId === 'd1');
    expect(clashes.length).toBeGreaterThan(0);
    for (const clash of clashes) expect(clash.to.postId).toBe('a1');
  });

  it('let the opening post’s writer answer the post before theirs, where the thread has no reply links', () => {
    const ana = 'That is wrong: SQLite locks the whole database file on every write, so concurrent writers wait.';
    const doc = map(['a1', null, OPENING, by('ana')], ['b1', 'a1', BEN, by('ben')], ['a2', 'a1', ana, by('ana')]);
    const clashes = doc.argument!.clashes.filter((c) => c.from.postId === 'a2');
    expect(clashes.length).toBeGreaterThan(0);
    for (const clash of clashes) expect(clash.to).toMatchObject({ postId: 'b1', author: 'ben' });
  });
});
