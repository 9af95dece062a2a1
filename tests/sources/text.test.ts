import { describe, expect, it } from 'vitest';
import { parseText, readText } from '../../src/sources/text.js';
import { rebuildPastedThread } from '../../src/dedup/pasted.js';

const texts = (input: string) => parseText(input).paragraphs.map((p) => p.text);

describe('parseText', () => {
  it('drops pasted page furniture and says how much', () => {
    const parsed = parseText(['Comments', '12 points', '[-]', 'Reply', '3y', '▲', 'The argument itself.', 'No comments yet. Start the discussion.', 'Listen to this post: Real text here.'].join('\n'));
    expect(parsed.paragraphs.map((p) => p.text)).toEqual(['The argument itself.', 'Real text here.']);
    expect(parsed.diagnostics[0]!.message).toMatch(/^Dropped 7 lines of page furniture/);
  });

  it('reads an author line followed by a date line as a header that starts a post', () => {
    const [first, second] = parseText('habryka\n3y\nThis is wrong.\nZac\n2d\nNo, it is right.').paragraphs;
    expect(first).toMatchObject({ text: 'This is wrong.', author: 'habryka', startsPost: true });
    expect(second).toMatchObject({ text: 'No, it is right.', author: 'Zac', startsPost: true });
  });

  it('reads "name · date" bylines', () => {
    expect(parseText('alice · 2 days ago\nI think so.').paragraphs[0]).toMatchObject({ author: 'alice', text: 'I think so.' });
  });

  it('marks "> " lines as quotes and remembers who "wrote:" them', () => {
    const [quote, reply] = parseText('Bob wrote:\n> Tabs are better.\nThey are not.').paragraphs;
    expect(quote).toMatchObject({ text: 'Tabs are better.', quoted: true, quotedAuthor: 'Bob' });
    expect(reply).toMatchObject({ quoted: false, quotedAuthor: null });
  });

  it('keeps one paragraph a line, blank lines or not', () => {
    expect(texts('One.\nTwo.\n\nThree.')).toEqual(['One.', 'Two.', 'Three.']);
  });

  it('joins hard-wrapped e-mail paragraphs but keeps bullets apart', () => {
    const wrapped = [
      'This message was written in a mail client that wraps its lines at',
      'seventy-two characters, so a paragraph runs over several lines of',
      'text, and reading each line as a paragraph would be wrong here.',
      '',
      'A second paragraph also wraps its lines the way old mail clients did',
      'because the standard said so, and it ends here.',
      '* a bullet',
      '* another bullet',
    ].join('\n');
    expect(texts(wrapped)).toEqual([
      'This message was written in a mail client that wraps its lines at seventy-two characters, so a paragraph runs over several lines of text, and reading each line as a paragraph would be wrong here.',
      'A second paragraph also wraps its lines the way old mail clients did because the standard said so, and it ends here.',
      '* a bullet',
      '* another bullet',
    ]);
  });

  it('starts a post after a separator line', () => {
    expect(parseText('First post.\n-----\nSecond post.').paragraphs.map((p) => p.startsPost)).toEqual([false, true]);
  });
});

describe('readText', () => {
  it('gives the thread a title from its first line and counts paragraphs read', () => {
    const thread = rebuildPastedThread(readText('Why tabs win\nThey are one byte.\nOk, but spaces render the same everywhere.'));
    expect(thread.source).toMatchObject({ kind: 'text', title: 'Why tabs win' });
    expect(thread.inputCount).toBe(3);
    expect(thread.posts.map((p) => p.parentId)).toEqual([null, 'p1']);
  });

  it('names each post after its header author', () => {
    const thread = rebuildPastedThread(readText('ann\n1h\nRents will fall next year.\nbob\n40m\nI doubt it: supply is flat.'));
    expect(thread.posts.map((p) => [p.author, p.parentId])).toEqual([['ann', null], ['bob', 'p1']]);
  });
});
