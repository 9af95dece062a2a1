import { describe, expect, it } from 'vitest';
import { readParent, tagSentence, tagText } from '../../../src/tag/index.js';
import { tagsOf } from '../../helpers/tags.js';

describe('contrast and concessive structure', () => {
  it('adds disagreement after a concession or agreement, whatever the contrast word', () => {
    for (const marker of ['but', 'though', 'however', 'that said', 'although']) {
      expect(tagsOf(`Fair enough, ${marker} the second study found nothing.`), marker).toEqual(expect.arrayContaining(['concession', 'disagreement']));
    }
  });

  it('reads "Yes, X, but Y" and "Maybe, but…" as granting, not agreeing', () => {
    const sentence = tagSentence('Yes, the model is simple, but simple models survive.');
    expect(sentence.tags).toEqual(expect.arrayContaining(['concession', 'disagreement']));
    expect(sentence.tags).not.toContain('agreement');
    expect(tagsOf("Maybe, but I'd want to see it tested first.")).toContain('concession');
  });

  it('concedes a stance-bearing first clause of "X, but Y" and lets Y disagree; two sides set side by side concede nothing', () => {
    expect(tagsOf('You could argue that, but the numbers say otherwise.')).toEqual(expect.arrayContaining(['concession', 'disagreement']));
    for (const compared of ['I tried the new build, but it crashed on start.', 'The DeWalt is heavier but the Makita has the better battery platform.',
      'Browser fingerprinting is cheap to deploy but very hard to block.']) {
      expect(tagsOf(compared), compared).not.toContain('concession');
      expect(tagsOf(compared), compared).not.toContain('disagreement');
    }
  });

  it('reads a clarification after a grant as clarifying, not objecting', () => {
    const tags = tagsOf('That makes sense, though to be clear I was not trying to equate those two.');
    expect(tags).toContain('concession');
    expect(tags).not.toContain('disagreement');
    expect(tagsOf('That makes sense, though the second study found nothing.')).toContain('disagreement');
  });

  it('does not read talk about the writer\'s own text as conceding', () => {
    expect(tagsOf("I'll speak to AWS's controls as an example, but the same holds for any provider.")).not.toContain('concession');
    expect(tagsOf('I prefer not to get into all of it, but here are a couple of notes.')).not.toContain('concession');
  });

  it('leaves additive and corrective "but" alone', () => {
    expect(tagsOf('It is not only cheaper but also faster to build.')).not.toContain('concession');
    expect(tagsOf('He was not yellow, but very pale brown.')).not.toContain('concession');
    expect(tagsOf('Nothing but rain all week.')).not.toContain('concession');
    expect(tagsOf('We are not setting out to turn them into programmers or data crunchers, but want to raise their confidence.')).not.toContain('concession');
  });

  it('reads "X but not Y" with no clause after "not" as a plain contrast', () => {
    for (const text of [
      'You could be a decent driver but not a safe one on icy roads.',
      'The guards have keys to the server room but not to the racks themselves, which I think is what matters.',
    ]) expect(tagsOf(text), text).not.toContain('concession');
    // A later "but" still concedes: the earlier "but not" does not make it a "not A but B" correction.
    expect(tagsOf('The bridge could close for repairs next spring (likely but not certain), but the council has promised a ferry for the meantime.')).toContain('concession');
  });

  it('reads parallel opposites, a second side and a new scenario as contrast, not concession', () => {
    expect(tagsOf('Biological evolution is very slow, but culture and technology evolve fast.')).not.toContain('concession');
    expect(tagsOf('I used to work at a bank, but now I teach.')).not.toContain('concession');
    expect(tagsOf('The merger created the largest firm in the region, but it also created a class of unhappy shareholders.')).not.toContain('concession');
    expect(tagsOf('You probably like the straps as they are, but if you move the adjusters now and then, they last longer.')).not.toContain('concession');
  });

  it('reads "agree …, though … disagree" as agreement and disagreement side by side, not a concession', () => {
    const sentence = tagSentence('I agree with the conclusion, though I disagree with the framing.');
    expect(sentence.tags).toEqual(expect.arrayContaining(['agreement', 'disagreement']));
    expect(sentence.tags).not.toContain('concession');
  });

  it('does not read a self-doubting tail ("…, but I could be wrong") as conceding', () => {
    expect(tagsOf('The outage started with the DNS change, but I could be wrong.')).not.toContain('concession');
  });

  it('reads an agreement right before the contrast as a grant ("that\'s true, but")', () => {
    const sentence = tagSentence("You say there is no express statement in the Act, and that's true, but the operative language is broader.");
    expect(sentence.cues).toContain('granted (…, but …)');
    expect(sentence.tags).toEqual(expect.arrayContaining(['concession', 'disagreement']));
  });

  it('reads a clausal "yet" like "but"', () => {
    expect(tagSentence('You could raise the price, yet the show would still sell out every night.').cues).toContain('X, yet Y');
  });
});

describe('"X but Y" disagrees only with the other side\'s position', () => {
  it('grants and objects when X holds what the other side says', async () => {
    const { tagsOf } = await import('../../helpers/tags.js');
    expect(tagsOf('That may be true now, but it certainly was not always the case.')).toEqual(expect.arrayContaining(['concession', 'disagreement']));
    // "You say that, but…" names the other's view only to reject it: it grants nothing (LABELLING).
    expect(tagsOf('You say that, but the benchmark shows the opposite.')).toContain('disagreement');
    expect(tagsOf('You say that, but the benchmark shows the opposite.')).not.toContain('concession');
  });

  it('reads the writer\'s own contrast as disagreeing with nobody', async () => {
    const { tagsOf } = await import('../../helpers/tags.js');
    expect(tagsOf("That's not that common, but it happens.")).not.toContain('disagreement');
    expect(tagsOf('I would like for us to get there, but we are not at that level of rigor yet.')).not.toContain('disagreement');
  });
});

describe('"But …" after a sentence of a reply', () => {
  const parent = readParent('The new scheduler halves the queue time for small jobs.');
  const replyTags = (text: string) => tagText(text, parent).map((sentence) => sentence.tags);

  it('grants the sentence before only when it holds the other side\'s position', () => {
    expect(replyTags('Sure, the queue time for small jobs is shorter. But large jobs wait longer.')[0]).toContain('concession');
    expect(replyTags('We moved our cluster last spring. But large jobs wait longer.')[0]).not.toContain('concession');
  });
});

describe('"X, but Y" in a reply', () => {
  const parent = readParent('The new scheduler halves the queue time for small jobs.');
  const replyTags = (text: string) => tagText(text, parent)[0]!.tags;

  it("disagrees when X credits the other's view in words, not when X only shares the parent's topic", () => {
    expect(replyTags('You say the scheduler halves the queue time, but large jobs wait longer.')).toContain('disagreement');
    expect(replyTags('True, small jobs start sooner, but large jobs wait longer.')).toContain('disagreement');
    const onTopic = replyTags('Small jobs probably skip the queue time entirely, but they still need a free node.');
    expect(onTopic).toContain('concession');
    expect(onTopic).not.toContain('disagreement');
  });
});

describe('agreement in the clause before "but"', () => {
  const parent = readParent('The new scheduler halves the queue time for small jobs, so we should switch the whole cluster.');
  const replyTags = (text: string) => tagText(text, parent)[0]!.tags;

  it('grants what it agrees with when the clause accepts a point in words, however far back', () => {
    expect(replyTags('I agree with your reading that small jobs start sooner, but the cluster as a whole gets no faster.')).toEqual(expect.arrayContaining(['concession', 'disagreement']));
    expect(replyTags('You are correct that the queue moves quicker for small jobs, but nobody has measured the nightly batch.')).toContain('concession');
  });

  it('does not read praise of the proposal before "but" as granting a point', () => {
    expect(replyTags('I really like this proposal but have no idea what it would cost to run.')).not.toContain('concession');
  });
});

describe('"X, but Y" in a reply where X does not name the other side', () => {
  const parent = readParent('The new scheduler halves the queue time for small jobs.');
  const replyTags = (text: string) => tagText(text, parent)[0]!.tags;

  it('grants X when it carries a mark of granting', () => {
    expect(replyTags('That may sound tidy on paper, but the batch runs at night anyway.')).toContain('concession');
  });

  it("grants nothing when X is the writer's own option or self-doubt", () => {
    expect(replyTags('I could rerun the benchmark tonight, but it would take hours.')).not.toContain('concession');
    expect(replyTags("I'm not sure what the cluster looks like, but it is probably busy.")).not.toContain('concession');
  });
});
