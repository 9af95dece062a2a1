// Hedge cues in the sense LABELLING.md gives a hedge (the writer's own doubt), not in their other senses:
// the noun "kind of", a question the writer can't answer, a recommendation, a past assumption, a root modal,
// the month, a booster. Sentences written for this test.
import { describe, expect, it } from 'vitest';
import { tagsOf } from '../helpers/tags.js';

describe('hedge cues in their doubting sense only', () => {
  it.each([
    ['the noun "kind of" after a determiner', 'What kind of engine does the new ferry use?'],
    ['the noun "sort of" after a determiner', 'They refuse this sort of pressure every single year.'],
    ['a question the writer cannot answer', 'I have no idea what the landlord was thinking.'],
    ['a question the writer cannot answer', "I don't know how to restart the old router."],
    ['a recommendation', 'I suggest using the smaller bracket for the shelf.'],
    ['what people propose', 'If you ask on the forum, people will suggest some good walking routes.'],
    ['a proposal named', 'All that this plan suggests, is to move the bins to Thursday.'],
    ['advice in the second person', 'You may want to drain the tank before winter.'],
    ['advice in the second person', 'You might want to pin the version in the lockfile.'],
    ['the month', 'The council meets again in May to vote on the budget.'],
    ['what can be done', 'It is possible to run the whole test suite offline.'],
    ['a past assumption told as narration', 'I just assumed the shop was closed on Sundays.'],
    ['a booster', 'The bridge will most certainly reopen after the repairs.'],
    ['an obligation', 'The form is supposed to reach the office by Friday.'],
    ['a comparison of chances', 'Cheaper tickets make an empty train less likely.'],
    ['a resemblance', 'The new front page looks like a supermarket flyer.'],
    ['a lead-in', 'The finished config file looks like this:'],
  ])('%s: "%s"', (_sense, text) => {
    expect(tagsOf(text)).not.toContain('hedge');
  });

  it.each([
    'The ferry kind of drifts left in a crosswind.',
    "I don't know if the landlord will agree.",
    'The logs suggest a memory leak in the worker.',
    'You may be thinking of the older release.',
    'The vote may slip to next month.',
    "It's definitely possible that the cache was stale.",
    'I really don\'t know.',
    'Historians long assumed the wall was Roman.',
    'The fire was likely started by a faulty heater.',
  ])('still hedges "%s"', (text) => {
    expect(tagsOf(text)).toContain('hedge');
  });
});
