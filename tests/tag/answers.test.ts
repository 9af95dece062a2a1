// Which post(s) a reply really answers (src/tag/answers.ts): the quoted post, the writer it @mentions or names, else its parent.
import { describe, expect, it } from 'vitest';
import { answeredPosts, besidesParent, type AnsweringPost } from '../../src/tag/answers.js';

const post = (id: string, parentId: string | null, author: string | null, text: string, quotes: AnsweringPost['quotes'] = []): AnsweringPost =>
  ({ id, parentId, author, text, quotes });

// A flat topic: everyone sits under the opening post.
const opening = post('1', null, 'ana', 'Caching the index on disk is safe.');
const ben = post('2', '1', 'ben', 'Disk caches go stale after a crash.');
const cy = post('3', '1', 'cyra', 'Stale caches can be rebuilt at start-up.');

describe('answeredPosts', () => {
  it('reads a reply with no sign in its text as answering its parent, and a root as answering nothing', () => {
    const [root, reply] = answeredPosts([opening, ben]);
    expect(root).toEqual([]);
    expect(reply).toEqual([{ postId: '1', cue: 'its parent' }]);
  });

  it('finds the earlier post a reply under the opening post quotes', () => {
    const dee = post('4', '1', 'dee', 'Rebuilding takes an hour on a big index.', [{ postId: '3', author: 'cyra' }]);
    expect(answeredPosts([opening, ben, cy, dee])[3]).toEqual([{ postId: '3', cue: 'quotes it' }]);
  });

  it('finds the latest earlier post of a writer quoted by name only', () => {
    const later = post('4', '1', 'ben', 'Crashes happen weekly here.');
    const dee = post('5', '1', 'dee', 'Weekly seems high.', [{ postId: null, author: 'Ben' }]);
    expect(answeredPosts([opening, ben, cy, later, dee])[4]).toEqual([{ postId: '4', cue: 'quotes Ben' }]);
  });

  it("finds an @mentioned writer's latest earlier post, and the parent when they wrote it", () => {
    const dee = post('4', '1', 'dee', 'Thanks @cyra, but rebuilding is slow.');
    const toAna = post('5', '1', 'eve', '@ana the docs say the opposite.');
    const answers = answeredPosts([opening, ben, cy, dee, toAna]);
    expect(answers[3]).toEqual([{ postId: '3', cue: 'mentions @cyra' }]);
    expect(answers[4]).toEqual([{ postId: '1', cue: 'mentions @ana' }]);
    expect(besidesParent(answers[4]!, '1')).toEqual([]);
  });

  it('finds a writer named with a verb of saying or their point, but not a name too short to tell from a word', () => {
    const dee = post('4', '1', 'dee', 'As Ben said, a crash corrupts the file.');
    const eve = post('5', '1', 'eve', "I like Cyra's point about start-up.");
    const answers = answeredPosts([opening, ben, cy, dee, eve]);
    expect(answers[3]).toEqual([{ postId: '2', cue: 'names ben' }]);
    expect(answers[4]).toEqual([{ postId: '3', cue: 'names cyra' }]);
    const al = post('6', '1', 'al', 'Caches help.');
    expect(answeredPosts([opening, al, post('7', '1', 'dee', 'As al said, they help.')])[2]).toEqual([{ postId: '1', cue: 'its parent' }]);
  });

  it('ignores mentions of nobody in the thread, of the writer themselves, of later posts, and e-mail addresses', () => {
    const dee = post('4', '1', 'dee', 'Mail ops@example.com or ask @zed; as I said, @dee knows. He said so.', [{ postId: '9', author: null }]);
    const later = post('9', '1', 'zed', 'Hello.');
    expect(answeredPosts([opening, ben, cy, dee, later])[3]).toEqual([{ postId: '1', cue: 'its parent' }]);
  });

  it('lists every post answered, plainest first, once each', () => {
    const dee = post('4', '1', 'dee', '@ben and @cyra both miss the point, as Cyra said.', [{ postId: '2', author: 'ben' }]);
    expect(answeredPosts([opening, ben, cy, dee])[3]).toEqual([{ postId: '2', cue: 'quotes it' }, { postId: '3', cue: 'mentions @cyra' }]);
  });

  it('reads only replies to a root when asked to: a reply under a reply answers its parent', () => {
    const nested = post('4', '2', 'dee', 'As Cyra said, rebuilding works.', [{ postId: '3', author: 'cyra' }]);
    expect(answeredPosts([opening, ben, cy, nested])[3]).toEqual([{ postId: '3', cue: 'quotes it' }]);
    expect(answeredPosts([opening, ben, cy, nested], true)[3]).toEqual([{ postId: '2', cue: 'its parent' }]);
  });
});
