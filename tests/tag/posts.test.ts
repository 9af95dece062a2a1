// Tagging whole posts (src/tag/posts.ts): each reply is read against the post it answers.
import { describe, expect, it } from 'vitest';
import { tagEachPost } from '../../src/tag/posts.js';

const post = (id: string, parentId: string | null, text: string, placeholder = false) => ({ id, parentId, text, placeholder, quotesParent: false });

describe('tagEachPost', () => {
  it('reads a reply whose parent has no text (deleted, or on another page) as a reply still', () => {
    const [, reply, root] = tagEachPost([
      post('#40', null, '', true),
      post('r1', '#40', "So who maintains that after you leave?"),
      post('r2', null, "So who maintains that after you leave?"),
    ], new Map());
    expect(reply!.sentences[0]!.cues).toContain('challenging question (so/and who … ?)');
    expect(reply!.stance?.label).toBe('disagree');
    // The same words opening a thread challenge nobody.
    expect(root!.sentences[0]!.tags).not.toContain('disagreement');
    expect(root!.stance).toBeNull();
  });

  it('reads a parent only on another page (given by text) like one in the list', () => {
    const [reply] = tagEachPost([post('r1', 'p9', "Rust doesn't prevent memory leaks.")], new Map([['p9', 'Rust prevents memory leaks.']]));
    expect(reply!.sentences[0]!.cues.some((cue) => cue.startsWith('contradicts parent'))).toBe(true);
  });

  it("reads a reply under the opening post against the post it quotes instead, and its stance toward the opening post as less sure", () => {
    const place = { answersBack: false, answeredBack: false, ownPost: false, answersInstead: 'post b2 (quotes it)' };
    const [, , reply] = tagEachPost([
      post('a1', null, 'Which backup tool do people use for a small office?'),
      post('b2', 'a1', 'Tape backups are reliable for small offices.'),
      { ...post('c3', 'a1', 'Tape backups are not reliable for small offices.'), place, answers: [{ postId: 'b2', cue: 'quotes it' }] },
    ], new Map());
    expect(reply!.sentences[0]!.cues).toContain('answers post b2 (quotes it): contradicts "tape backups are reliable for small offices" → "tape backups are not reliable for small offices"');
    expect(reply!.stance?.cues).toContain('answers post b2 (quotes it), not the opening post');
    // Without what it answers, the same reply is read against the opening post's question: nothing to contradict.
    const [, , alone] = tagEachPost([post('a1', null, 'Which backup tool do people use for a small office?'), post('b2', 'a1', 'Tape backups are reliable for small offices.'), post('c3', 'a1', 'Tape backups are not reliable for small offices.')], new Map());
    expect(alone!.sentences[0]!.cues.some((cue) => cue.includes('contradicts'))).toBe(false);
  });
});
