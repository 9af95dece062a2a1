// A present statement about the thing discussed ("It isn't…", "There is no…", "That has…") is a claim;
// a presentative, a wh-clause, the past, a character of a story and a question are not (rules/thing-assertion.ts).
// Sentences written for this test.
import { describe, expect, it } from 'vitest';
import { cuesOf, tagsOf } from '../../helpers/tags.js';

const CUE = 'an assertion about the matter (it is …, the X is …)';

describe('assertions about the matter', () => {
  it.each([
    'It isn’t a question of taste at all.',
    'There is no second copy of the cache anywhere.',
    'But that has nothing to do with the linker.',
    'Also, they can only read the config at start-up.',
    'This still applies to every plugin in the tree.',
    'It’s harder to read a diff in the browser',
    'The only drawback is the size of the download.',
    'This protocol does not exist in any shipped browser.',
    'Some parts of the engine will have to be rewritten.',
  ])('"%s" is a claim', (text) => {
    expect(tagsOf(text)).toContain('claim');
    expect(cuesOf(text)).toContain(CUE);
  });

  it.each([
    'Here is the branch with the patch in it.', // a presentative
    'What is the encoding of the strings there?', // a question
    'It was the last build before the freeze.', // the past
    'She is still waiting by the old gate.', // a character of a story
    'This was one of the reasons we moved the server.', // "was" after "this" is no verb in "-s"
    'I think it is fine for now.', // the writer's subject, read by other cues
    'To install it, you would use this:', // a lead-in
    'The build that I ran yesterday is still on the server.', // the noun phrase runs into another clause ("that I …")
    'The old menu was removed in the last release.', // the past
    'That is really good news to me!', // an exclamation
    'These are the last days of the old forum...', // a trailing aside
  ])('"%s" is not read by it', (text) => {
    expect(cuesOf(text)).not.toContain(CUE);
  });
});

describe('the present read through "not" and adverbs', () => {
  it.each([
    'Plugins are not owned by the core team.', // "are not owned": a present passive, not a past tense
    'Engines are still maintained by volunteers.',
  ])('"%s" is a generalisation in the present', (text) => {
    expect(tagsOf(text)).toContain('claim');
    expect(cuesOf(text)).toContain('a generalisation (X are Y)');
  });
});
