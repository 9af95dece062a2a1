import { describe, expect, it } from 'vitest';
import { DISPLAY_THRESHOLD, tagSentence, tagText } from '../../src/tag/index.js';
import { tagsOf } from '../helpers/tags.js';

describe('tagSentence', () => {
  it('tags the core issue examples as a careful reader would', () => {
    expect(tagsOf('That makes sense, though to be clear I was not trying to equate those two.')).toContain('concession');
    expect(tagsOf("There are a number of things you say here that don't seem right to me")).toContain('disagreement');
    expect(tagsOf("I'm not personally confident of that")).toContain('hedge');
    expect(tagsOf('Does anyone have thoughts on how to engage with them?')).toContain('question');
    const narration = tagsOf('We recently published our report.');
    for (const tag of ['concession', 'disagreement', 'question'] as const) expect(narration).not.toContain(tag);
  });

  it('reads scope: agreement and disagreement in one sentence, concession turned by "but"', () => {
    expect(tagsOf('I agree with the conclusion, though I disagree with the framing')).toEqual(expect.arrayContaining(['agreement', 'disagreement']));
    expect(tagsOf("You may not be able to just walk up, but there is a long history of exploits")).toEqual(expect.arrayContaining(['concession', 'disagreement']));
    expect(tagsOf('Fair point, but the sample was tiny.')).toEqual(expect.arrayContaining(['concession', 'disagreement']));
    expect(tagsOf('Sure, but nobody uses it that way.')).toEqual(expect.arrayContaining(['concession', 'disagreement']));
    expect(tagsOf('Sure, but nobody uses it that way.')).not.toContain('agreement');
  });

  it('applies negation: negated agreement disagrees, negated disagreement and double negation concede', () => {
    expect(tagsOf("I don't agree with that.")).toContain('disagreement');
    expect(tagsOf("That's not true.")).toContain('disagreement');
    expect(tagsOf("I don't disagree.")).toContain('concession');
    expect(tagsOf("It's not that I don't sympathise.")).toContain('concession');
    expect(tagsOf("I'm not sure that's right.")).not.toContain('agreement');
  });

  it('does not read narration with "this is my…" or "the same thing" as agreement', () => {
    expect(tagsOf('This is my first post, so go easy on me.')).not.toContain('agreement');
    expect(tagsOf('I asked the same thing on Stack Overflow last year.')).not.toContain('agreement');
    expect(tagsOf('Yep, same experience on our team.')).toContain('agreement');
  });

  it('matches a phrase with an intensifier inside it', () => {
    expect(tagSentence("That's simply not what happened in 2008.").cues).toContain('that is not what');
    expect(tagSentence('I really do not disagree.').cues).toContain('i do not disagree');
  });

  it('reads a one-word opener as an interjection only when a clause or punctuation follows', () => {
    expect(tagsOf('No, that was never the plan.')).toContain('disagreement');
    expect(tagsOf('No changes were made to the protocol.')).not.toContain('disagreement');
    expect(tagsOf('Exactly, that is the point.')).toContain('agreement');
    expect(tagsOf('Exactly two people showed up.')).not.toContain('agreement');
  });

  it('finds questions without a question mark, and not in narration that starts with a wh-word', () => {
    expect(tagsOf('do you have kids')).toContain('question');
    expect(tagsOf('How do you handle the edge cases')).toContain('question');
    expect(tagsOf('I wonder whether anyone has tried this')).toContain('question');
    expect(tagsOf('How we got here is a long story.')).not.toContain('question');
  });

  it('reads stated confidence as a hedge and numbers, studies and links as evidence', () => {
    expect(tagSentence("I'd put ~70% confidence on it.").cues).toContain('stated probability (~ 70 % confidence)');
    expect(tagsOf("I'd put ~70% confidence on it.")).not.toContain('evidence');
    expect(tagsOf('A 2019 study of 4,000 patients found that the drug cut deaths by 20%.')).toContain('evidence');
    expect(tagsOf('The method was validated by an independent lab.')).toContain('evidence');
    expect(tagsOf('Details at https://example.org/report.')).toContain('evidence');
  });

  it('tags claims, and not greetings or questions', () => {
    expect(tagsOf('Schools should start later.')).toContain('claim');
    expect(tagsOf('In my view the policy is harmful.')).toContain('claim');
    expect(tagsOf('Thanks for the link!')).not.toContain('claim');
    expect(tagsOf('Should schools start later?')).not.toContain('claim');
  });

  it('ignores cues inside quotation marks: reported words are not the writer\'s', () => {
    expect(tagsOf('He wrote "I agree completely" in the chat log.')).not.toContain('agreement');
  });

  it('gives every shown tag a reason with a cue and a confidence at or above the threshold', () => {
    const sentence = tagSentence('Admittedly the data is thin, but I think it probably shows a real effect.');
    expect(sentence.tags.length).toBeGreaterThan(1);
    for (const tag of sentence.tags) expect(sentence.reasons.some((reason) => reason.tag === tag)).toBe(true);
    expect(sentence.confidence).toBeGreaterThanOrEqual(DISPLAY_THRESHOLD);
    expect(sentence.cues.length).toBeGreaterThan(0);
    const plain = tagSentence('The meeting is on Tuesday.');
    expect(plain).toMatchObject({ tags: [], cues: [], reasons: [], confidence: 0 });
  });
});

describe('tagText', () => {
  it('turns a "But …" sentence after a concession into disagreement and marks quoted lines', () => {
    const sentences = tagText('> Vaccines cause autism.\n\nFair enough. But the study you cite was retracted.');
    expect(sentences.map((sentence) => sentence.text)).toEqual(['Vaccines cause autism.', 'Fair enough.', 'But the study you cite was retracted.']);
    expect(sentences[0]!.quoted).toBe(true);
    expect(sentences[1]!.tags).toContain('concession');
    expect(sentences[2]!.tags).toContain('disagreement');
  });

  it('reads "X. But Y." as granting X, and not after a question', () => {
    const [granted, objection] = tagText('Masks help a little. But they are not enough on their own.');
    expect(granted!.cues).toContain('granted before "But …"');
    expect(objection!.tags).not.toContain('concession');
    expect(tagText('Is it cheaper? But who pays for the upkeep?')[0]!.tags).not.toContain('concession');
  });

  it('reads a "But" that opens a paragraph as answering more than the sentence before', () => {
    expect(tagText('Masks help a little.\n\nBut they are not enough on their own.')[0]!.cues).not.toContain('granted before "But …"');
  });

  it('finds "But" behind an opening quotation mark or a filler', () => {
    expect(tagText('The shop can probably fix any old car. "But we cannot afford the new diagnostic computers."')[0]!.cues).toContain('granted before "But …"');
    expect(tagText('It was probably not my first time there. Um but it was my first time as an adult.')[0]!.cues).toContain('granted before "But …"');
  });

  it('grants nothing before a question or a contrasting scenario ("But if …")', () => {
    expect(tagText('The API is fast. But how many people batch their calls?')[0]!.tags).not.toContain('concession');
    expect(tagText('The API is fast. But if you batch your calls, it is faster still.')[0]!.tags).not.toContain('concession');
    expect(tagText('We evolved to store every calorie. But now, food is a few feet away.')[0]!.tags).not.toContain('concession');
  });

  it('survives hostile input: empty, binary noise, a 2 MB line', () => {
    expect(tagText('')).toEqual([]);
    expect(() => tagText('\u0000\u0001\ufffd'.repeat(1000))).not.toThrow();
    const long = tagText('but no, I disagree, maybe '.repeat(80_000));
    expect(long.length).toBeGreaterThan(1000);
  });
});
