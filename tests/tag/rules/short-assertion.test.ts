// Short blunt assertions are claims; short fragments, formulas and exclamations are not (rules/short-assertion.ts).
// Sentences written for this test.
import { describe, expect, it } from 'vitest';
import { cuesOf, tagsOf } from '../../helpers/tags.js';

describe('short assertions', () => {
  it.each(['Rent control is a trap.', 'The ferry is always late.', 'Also, that bridge is ugly.', 'Tabs should win.'])('"%s" is a claim', (text) => {
    expect(tagsOf(text)).toContain('claim');
    expect(cuesOf(text)).toContain('a short assertion (X is Y)');
  });

  it.each([
    'I am at the station.', // the writer, not a third thing
    'You are on mute.', // the reader
    'Is it raining?', // a question
    'The bus was late.', // the past
    'This is it!', // an exclamation
    'She said "it is fine."', // a quotation
    'That makes sense.', // a formula of assent
    'Here is my patch.', // a presentative
    'Ferries and buses.', // no verb
    'The meeting is on Tuesday.', // a schedule line
    'The keys are in the drawer.', // where something is
  ])('"%s" is not', (text) => {
    expect(tagsOf(text)).not.toContain('claim');
  });
});
