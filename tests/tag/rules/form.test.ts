import { describe, expect, it } from 'vitest';
import { sentenceSignals } from '../../../src/tag/sentence.js';
import { tagsOf } from '../../helpers/tags.js';

/** The reason the form rule gives against a claim, if any. */
const formOf = (text: string) => sentenceSignals(text).find((signal) => signal.tag === 'claim' && signal.weight < -0.8)?.cue;

describe('lines that assert nothing', () => {
  it('reads code, commands and bare links as no claim', () => {
    expect(formOf('git push origin --delete <branch_name> # removes it everywhere')).toBe('code or a command');
    expect(tagsOf('from os.path import expanduser; print(open(expanduser("~/notes.txt")).read())')).not.toContain('claim');
    expect(formOf('[1] https://twitter.com/someone/status/608029277963972608')).toBe('a bare link');
  });

  it('reads headings and lead-ins as no claim', () => {
    expect(formOf('Failed Attempts to Delete a Remote Branch')).toBe('a heading');
    expect(formOf('Similarly, to delete the tag instead of the branch you would use:')).toBe('a lead-in (…:)');
  });

  it('leaves prose with a link or a colon in the middle alone', () => {
    expect(formOf('The 2019 survey (https://example.org/survey) shows rents doubled, which is a disaster.')).toBeUndefined();
    expect(formOf('Rent control backfires: it shrinks the supply of housing.')).toBeUndefined();
    expect(tagsOf('Rent control backfires: it shrinks the supply of housing.')).toContain('claim');
  });
});

describe('inline code in prose', () => {
  it('is still prose', () => {
    expect(tagsOf('Agreed, `with_timeout` reads much better than `timeout_opt`.')).toContain('claim');
    expect(formOf('this seems wrong to me, `close()` should be idempotent')).toBeUndefined();
  });
});

describe('vote lines', () => {
  it('are choices, not claims', () => {
    expect(formOf('--[X] After lunch, ask the captain about the map.')).toBe('a vote line ([X] …)');
    expect(tagsOf('[X] Tell them you will be fine and head out early.')).not.toContain('claim');
  });
});

describe('the header over a quoted post', () => {
  it('is neither a claim nor evidence', () => {
    expect(formOf('@marta said in Dark theme for the forum?:')).toBe('a quote header (… wrote:)');
    expect(tagsOf('On Mon, Mar 3, 2014 at 09:12:44AM +0100, Jo Smith wrote:')).toEqual([]);
    expect(tagsOf('The 2019 report said crime fell by a third:')).toContain('evidence');
  });
});

describe('code', () => {
  it('hedges and cites nothing: its words are the program\'s', () => {
    const tags = tagsOf('rows = fetch_that_might_fail(); if (rows == null) { retry(3); } // 3 retries per 1,000 calls');
    expect(tags).not.toContain('hedge');
    expect(tags).not.toContain('evidence');
    expect(tagsOf('try: do_something_that_might_fail() except Exception as error: report(error)')).not.toContain('hedge');
  });

  it('is read wherever a Python def, a decorator or a method on self stands in a pasted line', () => {
    expect(formOf('] def check_pumps(self): self.assertTrue(all_pumps_running()) return True')).toBe('code or a command');
    expect(formOf('@data(2, 5, 9) def test_valve_is_safe(self, size): self.assertFalse(leaks(size))')).toBe('code or a command');
    expect(formOf('Ana wrote to the council about the pumps on Monday.')).toBeUndefined();
  });
});
