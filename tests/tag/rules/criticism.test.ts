import { describe, expect, it } from 'vitest';
import { tagSentence } from '../../../src/tag/index.js';
import { taggedReply } from '../../helpers/tags.js';

const judged = (text: string) => tagSentence(text).cues.find((cue) => cue.startsWith('judges the argument'));

describe('criticism of the argument under discussion', () => {
  it('reads a negative judgement of the other writer\'s argument as disagreement, naming the word', () => {
    expect(judged('Your analogy is terrible.')).toBe('judges the argument (terrible)');
    expect(judged('This take seems naive to me.')).toBe('judges the argument (naive)');
    expect(judged('Your reasoning here is just plain stupid.')).toBe('judges the argument (stupid)');
    expect(tagSentence('That argument is dishonest.').tags).toContain('disagreement');
  });

  it('needs the argument as subject and the judgement as its predicate', () => {
    expect(judged('The post is about harm reduction.')).toBeUndefined();
    expect(judged('This is a terrible situation for everyone.')).toBeUndefined();
    expect(judged('Your point is not wrong.')).toBeUndefined();
    expect(judged('Is your analogy terrible?')).toBeUndefined();
  });
});

describe('rejecting a quoted word', () => {
  const rejects = (text: string) => tagSentence(text).cues.includes('not "X" (rejects the quoted word)');

  it('reads a denial of someone\'s quoted word as disagreement, only where the quotation closes the clause', () => {
    expect(rejects('Dividing by zero in step 3 is not a "minor detail".')).toBe(true);
    expect(rejects('Prices rising after a supply shock isn\'t "greed", it\'s supply and demand.')).toBe(true);
    expect(rejects('He said it was not "safe" to use in production.')).toBe(false);
  });
});

describe('criticism of a course of action in a reply', () => {
  const parent = 'We should drop the test suite and rely on the type checker alone.';
  const course = (text: string, to: string | null = parent) => taggedReply(text, to)[0]!.cues.find((cue) => cue.startsWith('judges a course'));
  it('reads a gerund subject judged negatively as disagreement, naming the word', () => {
    expect(course('Dropping every test because the compiler is strict seems reckless.')).toBe('judges a course of action (reckless)');
    expect(course('Only counting the bugs the types catch is misleading.')).toBe('judges a course of action (misleading)');
  });
  it('needs a gerund, a linking verb and a negative judgement, in a reply', () => {
    expect(course('Running the suite takes ten minutes.')).toBeUndefined();
    expect(course('Everything is broken today.')).toBeUndefined();
    expect(course('Dropping the tests will crash the release.')).toBeUndefined();
    expect(course('Dropping every test because the compiler is strict seems reckless.', null)).toBeUndefined();
  });
});
