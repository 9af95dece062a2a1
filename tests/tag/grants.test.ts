// A contrast grants only what carries a mark of granting (src/tag/grants.ts); sentences written for the rule.
import { describe, expect, it } from 'vitest';
import { marksGrant } from '../../src/tag/grants.js';
import { tagText } from '../../src/tag/index.js';
import { tokenize } from '../../src/tag/tokens.js';
import { tagsOf } from '../helpers/tags.js';

const marks = (text: string) => marksGrant(tokenize(text).words);

describe('marks of granting', () => {
  it('finds possibility, acceptance, degree and the other side\'s view', () => {
    for (const text of ['That might hold for small shops', 'It is probably fine', 'Sure, the docs are thin', 'I agree the docs are thin',
      'It helps a little', 'The cache is indeed slow', 'It does help with cold starts', 'I do think the docs matter', 'Your plan covers the launch', "It's not that I have no sympathy for the landlords", "I'm not saying the docs are useless", 'Of course the price went up']) {
      expect(marks(text), text).toBe(true);
    }
  });

  it('finds none in narration, an option offered or the writer\'s own view', () => {
    for (const text of ['We pushed the release on Monday', 'You can switch the cache off in the settings', "I don't think we need a rewrite",
      'Your lantern flickers in the wind', 'The course starts at nine', 'Little has changed since then',
      'If you do get a ticket, keep it', 'I know what you did there', 'We do not ship on Fridays']) {
      expect(marks(text), text).toBe(false);
    }
  });
});

describe('"X, but Y" concedes only a granted X', () => {
  it('concedes a clause held as possibly or partly so', () => {
    expect(tagsOf('The new scheduler may well be faster, but nobody has measured the tail latency.')).toContain('concession');
    expect(tagsOf('That could be true for a hobby project, but payroll is another matter.')).toContain('concession');
  });

  it('does not concede an option offered, narration, or the writer\'s two views', () => {
    for (const text of ['You can turn the sync off in the menu, but I found it broke the calendar.',
      'Your torch gutters out, but you keep walking toward the sound.',
      "I don't think we need to rewrite it, but I do think we need tests."]) {
      expect(tagsOf(text), text).not.toContain('concession');
    }
  });
});

describe('"X. But Y." grants X only as "X, but Y" does', () => {
  const first = (text: string) => tagText(text)[0]!.tags;

  it('grants a sentence with a mark of granting before a "But" in conversation', () => {
    expect(first('That might hold for your team. But we ship twice a day.')).toContain('concession');
    expect(first('I do think the migration was worth it. But it took us a year.')).toContain('concession');
  });

  it('grants nothing when the sentence before is the writer\'s own line', () => {
    expect(first('We moved the build to the new runners last week. But the flaky tests are still there.')).not.toContain('concession');
    expect(first('I opened the settings page. But the toggle was gone.')).not.toContain('concession');
  });
});

describe('register', () => {
  it('reads a contrast in edited prose by its connective alone, as PDTB labels it, and in conversation by its marks', () => {
    expect(tagsOf('The old engine will not last the winter, but the council keeps it running.')).toContain('concession');
    expect(tagsOf('Our old engine will not last the winter, but we keep it running.')).not.toContain('concession');
  });
});

describe('"X, but that doesn\'t mean Y" grants X, whatever its words', () => {
  it('concedes a first clause answered only by relevance', () => {
    expect(tagsOf('Our vendor ships features fast, but that does not mean it ships them well.')).toContain('concession');
    expect(tagsOf("My landlord raised the rent twice, but that wasn't really my point.")).toContain('concession');
  });

  it('does not concede when the clause after denies something else', () => {
    expect(tagsOf('We pushed the release on Monday, but that build did not pass review.')).not.toContain('concession');
  });
});
