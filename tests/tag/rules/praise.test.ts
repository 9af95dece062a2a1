// Praise of the post being answered is agreement, in a reply only. Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { readParent, tagText } from '../../../src/tag/index.js';

const parent = readParent('You can cache the parsed config in a module-level map and clear it on reload.');
const reply = (text: string, withParent = true) => tagText(text, withParent ? parent : undefined)[0]!;
const praise = (text: string, withParent = true) => reply(text, withParent).cues.find((cue) => cue.startsWith('praises the post') || cue.startsWith('accepts the fix'));

describe('praise of the post being answered', () => {
  it('reads the contribution judged well as agreement, naming the word', () => {
    expect(praise('This is a brilliant idea.')).toBe('praises the post (brilliant)');
    expect(praise('Your explanation is very helpful.')).toBe('praises the post (helpful)');
    expect(reply('That approach was my favourite of the lot.').tags).toContain('agreement');
  });

  it('reads liking the contribution and accepting the fix as agreement', () => {
    expect(praise('I really like this approach.')).toBe('praises the post (i like this)');
    expect(praise('This worked perfectly for me.')).toBe('accepts the fix (this worked)');
    expect(praise('Worked flawlessly, thanks!')).toBe('accepts the fix (this worked)');
    expect(praise('That did the trick.')).toBe('accepts the fix (did the trick)');
    expect(praise('This is exactly what I was looking for.')).toBe('accepts the fix (did the trick)');
  });

  it('needs a parent, the contribution as subject, and no negation in between', () => {
    expect(praise('This is a brilliant idea.', false)).toBeUndefined();
    expect(praise('The weather is great today.')).toBeUndefined();
    expect(praise('This is not great.')).toBeUndefined();
    expect(praise('It works for me.')).toBeUndefined();
    expect(praise('Works for me on Linux.')).toBeUndefined();
    expect(tagText('I put the new firmware on mine. Worked great, and the fan is quiet now.', parent)[1]!.cues).not.toContain('accepts the fix (this worked)');
    expect(praise('Is this a good idea?')).toBeUndefined();
  });
});
