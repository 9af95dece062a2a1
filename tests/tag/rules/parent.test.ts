// Rules that read a reply sentence against the post it answers: plain contradiction of the parent's
// words and challenging questions. Each checks one rule on sentences written for it; the measure is the
// real labelled set (npm run eval:real).
import { describe, expect, it } from 'vitest';
import { readParent, stanceToward, tagText } from '../../../src/tag/index.js';
import { taggedReply } from '../../helpers/tags.js';

const reply = (text: string, parent: string | null) => taggedReply(text, parent)[0]!;
const cueLike = (text: string, parent: string | null, start: string) => reply(text, parent).cues.find((cue) => cue.startsWith(start));

describe('contradicting the parent', () => {
  const parent = 'Tariffs are a tax on foreigners, so they pay for it. Rust prevents memory leaks entirely.';

  it('reads the parent\'s words with one of them negated as disagreement, quoting both sides', () => {
    expect(cueLike("Tariffs aren't a tax on foreigners.", parent, 'contradicts parent')).toBe('contradicts parent: "tariffs are a tax on foreigners" → "tariffs are not a tax on foreigners"');
    expect(reply('Rust does not prevent memory leaks.', parent).tags).toContain('disagreement');
  });

  it('needs the negation on a shared word, shared words, and a parent', () => {
    expect(cueLike('Yes, tariffs are a tax on foreigners.', parent, 'contradicts')).toBeUndefined();
    expect(cueLike("I don't know much about tariffs or the tax code.", parent, 'contradicts')).toBeUndefined();
    expect(cueLike("Tariffs aren't a tax on foreigners.", null, 'contradicts')).toBeUndefined();
    expect(cueLike('The weather is not great today.', parent, 'contradicts')).toBeUndefined();
  });

  it('leaves code and command lines alone', () => {
    const question = 'How do I delete a remote branch? git branch -d remotes/origin/bugfix does not work.';
    expect(cueLike('git branch -d -r origin/bugfix && git push origin --delete bugfix', question, 'contradicts')).toBeUndefined();
  });
});

describe('challenging questions', () => {
  const parent = 'We should write our own deploy tool instead of using Terraform.';

  it('reads a question that turns the parent\'s point back as disagreement', () => {
    expect(cueLike('And who maintains it after you leave?', parent, 'challenging question')).toBe('challenging question (so/and who … ?)');
    expect(reply('So why would anyone write a deploy tool from scratch?', parent).tags).toEqual(expect.arrayContaining(['question', 'disagreement']));
    expect(reply("Isn't that exactly what Terraform already does?", parent).tags).toContain('disagreement');
  });

  it('reads "do you really think" after a lead-in', () => {
    expect(cueLike('Terraform has bugs too, so do you really think your own tool will have fewer?', parent, 'challenging question')).toBe('challenging question (do you really think … ?)');
    expect(reply('Do you think the tool could run on Windows too?', parent).tags).not.toContain('disagreement');
    expect(cueLike('Do they really think a homegrown tool will be cheaper?', parent, 'challenging question')).toBe('challenging question (do you really think … ?)');
  });

  it('reads the other\'s view echoed back as a question', () => {
    expect(cueLike('You think Terraform is too slow for this?', parent, 'challenging question')).toBe('challenging question (you think … ?)');
    expect(cueLike('So you believe nobody on the team can learn Terraform?', parent, 'challenging question')).toBe('challenging question (you think … ?)');
    // Asking what the other meant is no challenge.
    expect(reply('You mean the deploy tool from last year?', 'Here is the tool I wrote.').tags).not.toContain('disagreement');
  });

  it('reads a question that denies a purpose or a bearing, or asks for the parent\'s premise to be drawn out', () => {
    expect(cueLike("What's the point of a custom tool if nobody else can run it?", parent, 'challenging question')).toBe('challenging question (what is the point … ?)');
    expect(cueLike('What does Terraform have to do with your deploy times?', parent, 'challenging question')).toBe('challenging question (what does X have to do with … ?)');
    expect(cueLike('If Terraform already does all of this, why not keep it?', parent, 'challenging question')).toBe('challenging question (if X, why not … ?)');
    expect(cueLike("Wouldn't a custom tool need the same plugins?", parent, 'challenging question')).toBe("challenging question (isn't that … ?)");
    expect(cueLike('Would that not be a maintenance burden?', parent, 'challenging question')).toBe("challenging question (isn't that … ?)");
    expect(cueLike('Fine, one more thing: what is the purpose of a second tool?', parent, 'challenging question')).toBe('challenging question (what is the point … ?)');
    // Asking advice on the asker's own course, or for facts, is no challenge.
    expect(reply('Shouldn\'t I read the Terraform docs first?', parent).tags).not.toContain('disagreement');
    expect(reply('If we do write one, which language should we use?', parent).tags).not.toContain('disagreement');
  });

  it('reads the other\'s reading put back to them, and leaves "do you know how" alone', () => {
    expect(cueLike('Do you see how that makes every deploy depend on one person?', parent, 'challenging question')).toBe('challenging question (do you see that … ?)');
    expect(cueLike('Are you saying Terraform cannot handle our setup?', parent, 'challenging question')).toBe('challenging question (are you saying … ?)');
    expect(cueLike('Did you just say nobody on the team knows Terraform?', parent, 'challenging question')).toBe('challenging question (are you saying … ?)');
    expect(reply('Do you know how the current tool handles rollbacks?', parent).tags).not.toContain('disagreement');
  });

  it('leaves questions that ask for information, and questions with no parent, as questions', () => {
    expect(reply('How do I install it on Windows?', 'Here is a library that does this.').tags).toEqual(['question']);
    expect(reply('What version are you on?', 'The build fails on my machine.').tags).toEqual(['question']);
    expect(reply('And who maintains it after you leave?', null).tags).toEqual(['question']);
  });

  it('makes the reply disagree', () => {
    const sentences = tagText('And who maintains it after you leave?', readParent(parent));
    expect(stanceToward(sentences, readParent(parent)).label).toBe('disagree');
  });
});

describe('plain pushback in a reply', () => {
  const parent = 'Use an empty interface to tag date-only values; PHP has had them for years.';

  it('reads a denial pointed at the parent, a correction of its word, and a judgement of the other writer', () => {
    expect(cueLike("That's not a marker interface.", parent, 'denies what the parent said')).toBe('denies what the parent said (that is not …)');
    expect(cueLike('Ruby, not PHP.', parent, 'corrects the parent')).toBe('corrects the parent (not php)');
    expect(cueLike("You're trusting users way too much with a naming detail.", parent, 'judges the other writer')).toBe('judges the other writer (you are …)');
  });

  it('needs a parent, and leaves the writer\'s own negatives alone', () => {
    expect(reply("That's not a marker interface.", null).tags).not.toContain('disagreement');
    expect(reply("I don't have a Mac to test it on.", parent).tags).not.toContain('disagreement');
    expect(reply('It is not ready yet, but I will post it tomorrow?', parent).tags).not.toContain('disagreement');
  });

  it('reads disbelief in the parent\'s own terms, and a judgement of the writer after a connective', () => {
    expect(cueLike("I don't think many teams tag date-only values at all.", parent, 'disbelieves')).toBe("disbelieves the parent's claim (i do not think …)");
    expect(reply('Still, I doubt an empty interface helps anyone here.', parent).tags).toContain('disagreement');
    expect(cueLike("Plus, once again, you're trusting users way too much.", parent, 'judges the other writer')).toBe('judges the other writer (you are …)');
    // Disbelief about something else, or with no parent, denies nothing the parent said.
    expect(reply("I don't think I'll make the meeting tonight.", parent).tags).not.toContain('disagreement');
    expect(reply("I don't think many teams tag date-only values at all.", null).tags).not.toContain('disagreement');
  });

  it('reads a judgement of the other writer framed as the writer\'s opinion', () => {
    expect(cueLike("I think you're being far too generous to the old API.", parent, 'judges the other writer')).toBe('judges the other writer (you are …)');
    expect(cueLike("I doubt the docs help, because I think you're overly optimistic about users.", parent, 'judges the other writer')).toBe('judges the other writer (you are …)');
    // The writer's opinion about themselves, or praise of the other, judges nothing.
    expect(cueLike("I think you're right about the naming.", parent, 'judges the other writer')).toBeUndefined();
    expect(cueLike("I think we're too slow to ship this.", parent, 'judges the other writer')).toBeUndefined();
  });
});

describe('"X but Y" in a reply', () => {
  it('concedes only what the other side holds: their words or the parent\'s terms', () => {
    const parent = 'Remote work kills collaboration between junior engineers.';
    expect(reply('Remote work may hurt collaboration, but the data on juniors says otherwise.', parent).tags).toEqual(expect.arrayContaining(['concession', 'disagreement']));
    // The parent's terms alone grant nothing: "X, but Y" there only contrasts (grants.ts).
    expect(reply('Remote work changed collaboration, but the data on juniors says otherwise.', parent).tags).not.toContain('concession');
    expect(reply("I would like to go back to the office, but my commute is two hours.", parent).tags).not.toContain('concession');
  });
});

describe('denied inferences and calls to stop', () => {
  const parent = 'The library is popular, so it must be well tested. Everyone should switch to it.';
  it('reads "X does not mean Y" and "stop …ing" / "let\'s not" in a reply as disagreement, naming the words', () => {
    expect(cueLike("Being popular doesn't make it reliable.", parent, 'denies the inference')).toBe('denies the inference (does not make it …)');
    expect(reply('A large user base does not mean the code is tested.', parent).tags).toContain('disagreement');
    expect(cueLike('Please stop selling it as the only option.', parent, 'tells the other')).toBe('tells the other to stop (please stop selling …)');
    expect(cueLike("Let's not confuse popularity with quality.", parent, 'tells the other')).toBe('tells the other to stop (let us not …)');
  });
  it('leaves the writer\'s own doing, plain instructions and opening posts alone', () => {
    expect(reply("I didn't make it clear enough in my first post.", parent).tags).not.toContain('disagreement');
    expect(reply('Stop the server before you upgrade it.', parent).tags).not.toContain('disagreement');
    expect(reply("Being popular doesn't make it reliable.", null).tags).not.toContain('disagreement');
  });
});

describe('short pushback', () => {
  const parent = 'Garbage collection on the Mac was a mistake and everyone should move to ARC now.';
  it('reads a bare "Why though?" and an adverb before the denied verb', () => {
    expect(cueLike('Why though?', parent, 'challenging question')).toBe('challenging question (why though?)');
    expect(cueLike("That really doesn't affect anything.", parent, 'denies')).toBe('denies what the parent said (that really does …)');
  });
});
