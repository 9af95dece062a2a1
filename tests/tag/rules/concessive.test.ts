import { describe, expect, it } from 'vitest';
import { readParent, tagSentence, tagText } from '../../../src/tag/index.js';
import { cuesOf, tagsOf } from '../../helpers/tags.js';

describe('concessive connectives', () => {
  it.each([
    ['Although the trial was small, the effect was large.', 'concessive (although)'],
    ['Even though it rained, we went.', 'concessive (even though)'],
    ['It still crashes even when the cache is warm.', 'concessive (even when)'],
    ['No matter what the board says, the fix ships on Friday.', 'concessive (no matter)'],
    ['The House did its job, whether you agree or not.', 'concessive (whether … or not)'],
    ['The channel is up on YouTube, not that anybody ever watches it.', 'concessive (not that …)'],
    ['Whilst the main roads can be smoggy, most days are clear.', 'concessive (while X, Y)'],
  ])('"%s" concedes (%s)', (text, cue) => {
    expect(tagsOf(text)).toContain('concession');
    expect(cuesOf(text)).toContain(cue);
  });

  it('leaves a temporal "while" alone', () => {
    expect(tagsOf('While I was walking home, the power went out.')).not.toContain('concession');
  });

  it('does not read "though" in a question as conceding', () => {
    expect(tagsOf('When do you get the cards though?')).not.toContain('concession');
  });

  it('reads the main clause after a granted opening as the objection', () => {
    const sentence = tagSentence("While I agree the incentives are bad, I don't think malice is the explanation.");
    expect(sentence.tags).toEqual(expect.arrayContaining(['concession', 'disagreement']));
    expect(sentence.tags).not.toContain('agreement');
    expect(tagsOf("Even if the forecast is right, the policy still doesn't pay for itself.")).toEqual(expect.arrayContaining(['concession', 'disagreement']));
    expect(tagsOf('Although the sample was small, the effect was large.')).not.toContain('disagreement');
  });

  it('reads "even" that stresses a phrase as granting nothing: no objection follows', () => {
    expect(tagsOf('Even with root access, the operators cannot read the backups.')).not.toContain('disagreement');
    expect(tagsOf('Even after ten years of C, I still write off-by-one bugs.')).not.toContain('disagreement');
    expect(tagsOf('Even though the backups are encrypted, that does not stop the operators reading the logs.')).toContain('disagreement');
    expect(tagsOf('Even granting the encryption, that does not stop the operators reading the logs.')).toContain('disagreement');
  });
});

describe('grants before a semicolon', () => {
  it('reads "Sure, X; it just doesn\'t Y" as a grant and an objection, and owning a mistake as neither objection', () => {
    expect(tagsOf("Sure, Haskell's type system catches a lot of bugs; it just doesn't catch the ones that page me.")).toEqual(expect.arrayContaining(['concession', 'disagreement']));
    expect(tagsOf("I stand corrected on the retention period; it's 18 months, not 30 days.")).not.toContain('disagreement');
  });
});

describe('"though" that opens no clause', () => {
  it.each([
    'It looks as though the build server ran out of disk.',
    'We cannot keep the old importer forever, though.',
    'The second release, though, shipped without the migration.',
    'Though note that the night bus skips the hospital stop on Sundays.',
    '(Though that change came from the council rather than the operator.)',
  ])('"%s" grants nothing', (text) => {
    expect(tagsOf(text)).not.toContain('concession');
  });

  it('still reads "though" opening a clause as concessive', () => {
    expect(cuesOf('The plan probably works, though it costs more than we hoped.')).toContain('concessive (though)');
    expect(cuesOf('Though the plan works, it costs more than we hoped.')).toContain('concessive (though)');
  });
});

describe('concessive conditionals in a reply', () => {
  const parent = readParent('The library should stay open late on weekdays.');
  const concedes = (text: string) => tagText(text, parent)[0]!.tags.includes('concession');

  it('grant their clause when it opens the sentence', () => {
    expect(concedes('Even if the budget allows it, nobody would staff the late shifts.')).toBe(true);
  });

  it('set a condition, granting nothing, later in the sentence', () => {
    expect(concedes('Nobody would staff the late shifts even if the budget allowed it.')).toBe(false);
    expect(concedes('Regardless, the staff rota is already stretched thin.')).toBe(false);
  });
});

describe('owning a fault in one\'s wording, or revising one\'s view', () => {
  it.each([
    ['Sorry, I should have worded that question more carefully.', 'I should have phrased it better'],
    ['On second thought, the later start time does solve the parking problem.', 'on second thought (revises own view)'],
    ['But thinking more about it, the old layout had a point after all.', 'on second thought (revises own view)'],
  ])('"%s" concedes (%s)', (text, cue) => {
    expect(tagsOf(text)).toContain('concession');
    expect(cuesOf(text)).toContain(cue);
  });

  it.each([
    'I should have bought the bigger van when it was cheap.',
    'I am thinking about it more as a lending library than a shop.',
  ])('regret about an act, or narrating one\'s thinking, grants nothing: "%s"', (text) => {
    expect(tagsOf(text)).not.toContain('concession');
  });
});

describe('"if I\'m not mistaken" doubts, it owns no mistake', () => {
  it.each([
    "If I'm not mistaken, the depot moved to the east side last year.",
    "The depot moved to the east side last year, unless I'm mistaken.",
  ])('"%s" hedges and concedes nothing', (text) => {
    expect(tagsOf(text)).toContain('hedge');
    expect(tagsOf(text)).not.toContain('concession');
  });

  it('still reads "I was mistaken" as owning a mistake', () => {
    expect(tagsOf('I was mistaken about the depot; it moved last year.')).toContain('concession');
  });
});

describe('concessives that grant nothing (concessive-scope.ts)', () => {
  it('reads "despite", "regardless" and "no matter" inside the sentence as a condition, not a grant', () => {
    for (const text of ['I think the old engine keeps its users despite the clunky editor.', 'We want strict checks regardless of the version.',
      'Our ferry runs on Sundays no matter how few people ride it.']) {
      expect(tagsOf(text), text).not.toContain('concession');
    }
    expect(tagsOf('Despite the clunky editor, I think the old engine keeps its users.')).toContain('concession');
    // Edited prose (no I, no you) keeps PDTB's reading: the connective concedes wherever it stands.
    expect(tagsOf('The old engine keeps its users despite the clunky editor.')).toContain('concession');
  });

  it('reads a concessive clause about the writer\'s own doing as their circumstance', () => {
    for (const text of ['Even though I did not test the edge cases, the patch went in on Friday.', "Though I'm new to the club, they gave me a key.",
      'The demo went fine, although I left before the questions.']) {
      expect(tagsOf(text), text).not.toContain('concession');
    }
  });

  it('reads a trailing "though" clause as an aside unless the sentence grants something', () => {
    expect(tagsOf('Our tool does not support plugins yet, though support is on the roadmap.')).not.toContain('concession');
    expect(tagsOf('Our tool is probably fine for small teams, though support is thin.')).toContain('concession');
  });

  it('reads a trailing "even though" clause as an aside too', () => {
    expect(tagsOf('Our nightly export still fails even though the option is listed in the docs.')).not.toContain('concession');
    expect(tagsOf('Our export may well be fast enough, even though the option is buried in the docs.')).toContain('concession');
  });

  it('reads "nevertheless"/"nonetheless" as asserting the writer\'s line, granting only what is marked before them', () => {
    for (const text of ['Nonetheless, our vendors have not shipped the API to date.', 'We met several people who nonetheless voted for the merger.',
      'My plan costs more, but it is the cleaner design nevertheless.']) {
      expect(tagsOf(text), text).not.toContain('concession');
    }
    expect(tagsOf('Your numbers may be right, and nonetheless we should wait a year.')).toContain('concession');
  });

  it('still reads a concessive clause stating the writer\'s view as a grant', () => {
    expect(tagsOf('Although I agree the fees are high, the service is worth it.')).toContain('concession');
    expect(tagsOf('The editor is slow to start, though I find it fine once it is open.')).toContain('concession');
  });
});

describe('temporal "while" (a span of time grants nothing)', () => {
  it('reads a while-clause with a progressive, "still" or "at it" as time, not a grant', () => {
    for (const text of ['While the nightly job is running, we could rotate the keys.', 'While our old routers are still exposed, we will keep the firewall rule.',
      "While we're at it, I'd like to rename the config flags."]) {
      expect(tagsOf(text), text).not.toContain('concession');
    }
    expect(tagsOf('While I agree the config flags are clumsy, renaming them breaks every script.')).toContain('concession');
  });
});
