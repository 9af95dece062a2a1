import { describe, expect, it } from 'vitest';
import { notAGrant } from '../../src/argument/concessions.js';
import type { MapDocument } from '../../src/model.js';
import { buildMap } from '../../src/pipeline.js';
import { tagSentence } from '../../src/tag/index.js';
import { rawPost, rawThread } from '../helpers/posts.js';

const by = (author: string) => ({ author });
const map = (...posts: Parameters<typeof rawPost>[]): MapDocument => buildMap(rawThread(posts.map((args) => rawPost(...args))));
const textOf = (doc: MapDocument, ref: { postId: string; sentence: number | null }) =>
  doc.posts.find((p) => p.id === ref.postId)!.sentences[ref.sentence ?? 0]!.text;

const ROOT = 'Rent control reduces the supply of rental housing over time. Landlords convert units to condos when rents are capped.';
const REBUTTAL = 'That is not true, rent control does not reduce the supply of rental housing in cities with vacancy decontrol.';

describe('clashes', () => {
  it('link the disagreeing sentence to the sentence it disputes', () => {
    const doc = map(['a1', null, ROOT, by('alice')], ['b1', 'a1', REBUTTAL, by('bob')]);
    const [clash] = doc.argument!.clashes;
    expect(clash!.from).toEqual({ postId: 'b1', sentence: 0, author: 'bob' });
    expect(clash!.to.author).toBe('alice');
    expect(textOf(doc, clash!.to)).toMatch(/^Rent control reduces the supply/);
    expect(clash!.cues.join(' ')).toMatch(/supply|rental|housing/);
  });

  it('stay open when someone else grants something, and close when the target’s author grants that point', () => {
    const bystander = map(['a1', null, ROOT, by('alice')], ['b1', 'a1', REBUTTAL, by('bob')],
      ['c1', 'b1', 'You may well be right about vacancy decontrol.', by('carol')]);
    expect(bystander.argument!.clashes[0]!.resolved).toBe(false);
    expect(bystander.summary.openDisagreements).toHaveLength(1);

    const granted = map(['a1', null, ROOT, by('alice')], ['b1', 'a1', REBUTTAL, by('bob')],
      ['a2', 'b1', 'You may well be right about vacancy decontrol.', by('alice')]);
    const clash = granted.argument!.clashes[0]!;
    expect(clash.resolved).toBe(true);
    expect(clash.resolvedBy).toEqual({ postId: 'a2', sentence: 0 });
    expect(granted.summary.openDisagreements).toEqual([]);
  });

  it('name a reply to a post missing from the thread as a clash with that post as a whole', () => {
    const doc = map(['b1', 'gone', 'I disagree. Rent control does not reduce the supply of rental housing.', by('bob')]);
    const clash = doc.argument!.clashes.find((c) => c.from.postId === 'b1')!;
    expect(clash.to).toEqual({ postId: 'gone', sentence: null, author: null });
    expect(textOf(doc, clash.from)).toBe('I disagree.');
  });

  it('leave out praise read as a counter-claim by its opening alone', () => {
    const doc = map(['a1', null, ROOT, by('alice')],
      ['b1', 'a1', 'You guys are brilliant and I can\'t be anything but thankful that such knowledgeable people write here.', by('bob')]);
    expect(doc.argument!.clashes).toEqual([]);
  });

  it('leave out openings that like, wish for or build on the other’s point, and a bot’s notice; keep one that objects', () => {
    const clashesFrom = (reply: string, author = 'bob') => map(['a1', null, ROOT, by('alice')], ['b1', 'a1', reply, by(author)])
      .argument!.clashes.filter((c) => c.from.postId === 'b1').length;
    expect(clashesFrom('Rent control in Berlin is pretty neat for tenants who stay.')).toBe(0);
    expect(clashesFrom('I also really like rent control for the tenants who stay put.')).toBe(0);
    expect(clashesFrom('A rent board for the city would be cool for tenants and landlords.')).toBe(0);
    expect(clashesFrom('To build on this, landlords also skimp on repairs when rents are capped.')).toBe(0);
    expect(clashesFrom('This issue has been automatically marked as stale due to inactivity.', 'stale[bot]')).toBe(0);
    expect(clashesFrom('Vacancy decontrol is amazing except that landlords evict tenants to reset rents.')).toBe(1);
    expect(clashesFrom('Rent control only shifts housing from newcomers to the tenants who stay.')).toBe(1);
  });

  it('leave out praise the tagger reads as disagreement by its shape alone ("…, but I found it amazing")', () => {
    const clashesFrom = (reply: string) => map(['a1', null, ROOT, by('alice')], ['b1', 'a1', reply, by('bob')])
      .argument!.clashes.filter((c) => c.from.postId === 'b1').length;
    expect(clashesFrom('Probably because I was a little kid, but I found it simply amazing.')).toBe(0);
    expect(clashesFrom('Maybe landlords convert some units, but rent control still does not reduce the supply of rental housing.')).toBe(1);
  });

  it('keep a reply’s opening objection and its plainest restatement, not every sentence that elaborates it', () => {
    const doc = map(['a1', null, ROOT, by('alice')], ['b1', 'a1', [
      'That is wrong, rent control does not reduce the supply of rental housing.',
      'I disagree that landlords convert units to condos.',
      'That claim is false in cities with vacancy decontrol.',
      'Nobody converts units when rents are capped, and that is nonsense.',
    ].join(' '), by('bob')]);
    const clashes = doc.argument!.clashes.filter((c) => c.from.postId === 'b1');
    expect(clashes).toHaveLength(2);
    expect(clashes.map((c) => c.from.sentence)).toContain(0);
  });

  it('take a disagreeing reply’s opening claim as its objection, but not the writer’s note on themselves', () => {
    const opening = (first: string) => {
      const doc = map(['a1', null, ROOT, by('alice')], ['b1', 'a1', `${first} Landlords in Berlin kept renting units after the cap. That is wrong about supply.`, by('bob')]);
      return doc.argument!.clashes.filter((c) => c.from.sentence === 0).map((c) => c.cues[0]);
    };
    expect(opening('Rent caps mostly move landlords between tenants, they do not shrink the stock.')).toHaveLength(1);
    expect(opening('I’m only getting into this because I find rent control interesting.')).toEqual([]);
    expect(opening('In particular the first point about condo conversions seems important and clear.')).toEqual([]);
    expect(opening('Let me share a story with you about my landlord in Berlin.')).toEqual([]);
  });

  it('take a challenge question as the objection only when the reply states none', () => {
    const reply = (text: string) => map(['a1', null, ROOT, by('alice')], ['b1', 'a1', text, by('bob')]).argument!.clashes.map((c) => c.from.sentence);
    const challenge = 'How is rent control supposed to reduce the supply of rental housing at all?';
    expect(reply(challenge)).toEqual([0]);
    expect(reply(`${challenge} ${REBUTTAL}`)).toEqual([1]);
  });

  it('leave out an answer to a plain question, unless its words dispute', () => {
    const asked = 'Can you share links to the trees instead of posting screenshots of them?';
    const answer = (text: string) => map(['a1', null, asked, by('alice')],
      ['b1', 'a1', text, { author: 'bob', quotes: [{ text: asked, postId: 'a1' }] }]).argument!.clashes;
    expect(answer('Maybe, I was working offline earlier, but sharing links to the trees is not what I want.')).toEqual([]);
    expect(answer('I disagree, sharing links to the trees is worse than posting screenshots of them.')).toHaveLength(1);
  });

  it('leave out naming the disagreement, which disputes no sentence', () => {
    const doc = map(['a1', null, ROOT, by('alice')], ['b1', 'a1', `${REBUTTAL} It does seem like we have a disagreement about whether rent control reduces supply.`, by('bob')]);
    expect(doc.argument!.clashes.map((c) => c.from.sentence)).toEqual([0]);
  });

  it('are not drawn between a writer and their own post', () => {
    const doc = map(['a1', null, ROOT, by('alice')], ['a2', 'a1', REBUTTAL, by('alice')]);
    expect(doc.argument!.clashes).toEqual([]);
  });
});

describe('concessions', () => {
  it('count an agreement-worded grant inside a dispute, who → whom', () => {
    const doc = map(['a1', null, ROOT, by('alice')], ['b1', 'a1', REBUTTAL, by('bob')],
      ['a2', 'b1', 'You may well be right about vacancy decontrol.', by('alice')]);
    const grant = doc.argument!.concessions.find((g) => g.from.postId === 'a2')!;
    expect([grant.from.author, grant.to.author]).toEqual(['alice', 'bob']);
    expect(doc.summary.concessions).toContainEqual(expect.objectContaining({ postId: 'a2', from: 'alice', to: 'bob' }));
  });

  it('count agreeing in words in a later round of the same argument, but not a bystander’s “Agreed.”', () => {
    const doc = map(['a1', null, ROOT, by('alice')], ['b1', 'a1', REBUTTAL, by('bob')],
      ['a2', 'b1', 'Landlords still convert units to condos in most cities with rent control.', by('alice')],
      ['b2', 'a2', 'I agree.', by('bob')], ['c1', 'b1', 'Agreed.', by('carol')]);
    const grants = doc.argument!.concessions.map((g) => [g.from.author, g.to.author, g.text]);
    expect(grants).toContainEqual(['bob', 'alice', 'I agree.']);
    expect(grants.filter(([from]) => from === 'carol')).toEqual([]);
  });

  it('answer a post missing from the thread (a page of it not loaded) as the writer the reply quotes', () => {
    const doc = map(['a1', null, ROOT, by('alice')], ['b1', 'a1', REBUTTAL, by('bob')], ['a9', 'gone', 'You’re probably right. Landlords convert fewer units than I said.', {
      author: 'alice', quotes: [{ text: 'Vacancy decontrol keeps most units on the market for years.', postId: null, author: 'bob' }] }]);
    const grant = doc.argument!.concessions.find((g) => g.from.postId === 'a9')!;
    expect([grant.from.author, grant.to.author, grant.to.postId]).toEqual(['alice', 'bob', 'gone']);
  });

  it('leave out naming a disagreement, self-doubt, asides and jokes', () => {
    const why = (text: string) => notAGrant(tagSentence(text));
    expect(why('Given the first point it does seem like we have a disagreement about whether the plan works, but it is not clear it matters.')).toBe('names a disagreement');
    expect(why('My guess is that it is quite difficult to do, though I’m not personally confident of that.')).toBe('self-doubt');
    expect(why('Yeah idk how people read this, though he limits how much he says.')).toBe('self-doubt');
    expect(why('The report is thorough (though long, but whatever) and right on the numbers.')).toBe('an aside');
    expect(why('Unrelated, the hunters are drawn thin but shown eating a lot, which is also odd.')).toBe('an aside');
    expect(why('Sure, you win this one lol, but I still hate it.')).toBe('a joke');
    expect(why('But here you granted that progress is gradual for the sake of argument.')).toBe('restates a view');
    expect(why('That makes sense, though to be clear I was not trying to equate those two.')).toBeNull();
  });

  it('take a contrast read from its shape alone only when its granted side grants in words', () => {
    const listed = (reply: string) => map(['a1', null, ROOT, by('alice')], ['b1', 'a1', REBUTTAL, by('bob')],
      ['a2', 'b1', reply, by('alice')]).argument!.concessions.filter((g) => g.from.postId === 'a2').map((g) => g.text);
    expect(listed('You could be a really good landlord but not be liked by your tenants.')).toEqual([]);
    expect(listed('Tenants are OK with decontrol at first but would absolutely not accept it later.')).toEqual([]);
    expect(listed('Landlords convert units as though rents were capped forever.')).toEqual([]);
    expect(listed('While it does matter, vacancy decontrol still shrinks what tenants can rent.')).toEqual(['While it does matter, vacancy decontrol still shrinks what tenants can rent.']);
    expect(listed('I totally agree with you that decontrol matters, but the supply still falls.')).toHaveLength(1);
  });

  it('leave out the other’s sentence copied into a reply, a judgement that something makes sense, and a cheer', () => {
    const grant = 'Yes, landlords convert some units, but vacancy decontrol keeps most rental housing on the market.';
    const listed = (reply: string) => map(['a1', null, ROOT, by('alice')], ['b1', 'a1', REBUTTAL, by('bob')],
      ['a2', 'b1', grant, by('alice')], ['b2', 'a2', reply, by('bob')]).argument!.concessions.filter((g) => g.from.postId === 'b2').map((g) => g.text);
    expect(listed(`"${grant} Landlords convert units wherever rents are capped.`)).toEqual([]);
    expect(listed('It makes sense for cities to keep vacancy decontrol in their rent laws.')).toEqual([]);
    expect(listed('Yeah, vouchers baby, decontrol FTW!')).toEqual([]);
    expect(listed('That makes sense.')).toEqual(['That makes sense.']);
  });

  it('leave out background set down with "of course" or "to be fair", unless it grants in words', () => {
    const listed = (reply: string) => map(['a1', null, ROOT, by('alice')], ['b1', 'a1', REBUTTAL, by('bob')],
      ['a2', 'b1', reply, by('alice')]).argument!.concessions.filter((g) => g.from.postId === 'a2').map((g) => g.text);
    expect(listed('Of course things can change, but I never had the impression that decontrol keeps the supply of rental housing.')).toEqual([]);
    expect(listed('To be fair, vacancy decontrol was added by the same landlords who convert units.')).toEqual([]);
    expect(listed('Of course you are right about vacancy decontrol, but landlords still convert units.')).toHaveLength(1);
  });
});

describe('main claims', () => {
  const rankOf = (doc: MapDocument, postId: string) => doc.argument!.claims.findIndex((c) => c.postId === postId);

  it('rank the point of a reply that disputes the opening post above a reply that only adds to it', () => {
    const doc = map(['a1', null, ROOT, by('alice')],
      ['b1', 'a1', 'Tenants in capped buildings also tend to stay longer, since moving would cost them the low rent.', by('bob')],
      ['c1', 'a1', 'I disagree: in my city landlords kept every rental unit on the market after the cap came in.', by('carol')]);
    expect(rankOf(doc, 'c1')).toBeGreaterThanOrEqual(0);
    expect(rankOf(doc, 'c1')).toBeLessThan(rankOf(doc, 'b1'));
  });

  it('take the sentence a writer marks as their point, one per short post', () => {
    const doc = map(['a1', null, ROOT, by('alice')], ['b1', 'a1', [
      'Rent control has been studied in many cities over many decades.',
      'My main critique of the post is that landlords convert units to condos only where rents are capped below cost.',
      'Cities with vacancy decontrol keep most of their rental housing supply.',
    ].join(' '), by('bob')], ['a2', 'b1', 'That is not true, landlords convert units to condos wherever rents are capped.', by('alice')]);
    const fromBob = doc.argument!.claims.filter((c) => c.postId === 'b1');
    expect(fromBob.map((c) => c.text)).toEqual(['My main critique of the post is that landlords convert units to condos only where rents are capped below cost.']);
  });

  it('take the writer’s verdict after a turn ("…, but I think…") as the post’s point', () => {
    const verdict = 'Others made great points but I think the cap is a must.';
    const doc = map(['a1', null, ROOT, by('alice')],
      ['b1', 'a1', `Landlords convert units to condos when the city caps the rents of older buildings, and the tenants who stay in the remaining units pay more for less space. ${verdict}`, by('bob')]);
    expect(doc.argument!.claims.filter((c) => c.postId === 'b1').map((c) => c.text)).toEqual([verdict]);
  });

  it('take a grant that turns on the writer’s own position ("Yes, X, but Y"), not a bare grant', () => {
    const turning = 'Yes, landlords convert some units, but vacancy decontrol keeps most rental housing on the market.';
    const claimsOfBob = (reply: string) => map(['a1', null, ROOT, by('alice')], ['b1', 'a1', REBUTTAL, by('bob')],
      ['a2', 'b1', reply, by('alice')], ['b2', 'a2', 'That is not true, vacancy decontrol does nothing for supply.', by('bob')])
      .argument!.claims.filter((c) => c.postId === 'a2').map((c) => c.text);
    expect(claimsOfBob(turning)).toEqual([turning]);
    expect(claimsOfBob('You may well be right about vacancy decontrol.')).toEqual([]);
  });

  it('take a claim that cites its evidence (a link, a case) as its post’s point', () => {
    const cited = 'Rent control is much worse for tenants than housing vouchers, rent control is a huge tangle. http://example.org/rent-control-study';
    const doc = map(['a1', null, ROOT, by('alice')],
      ['b1', 'a1', `In 1994 San Francisco extended rent control to small multi-family buildings built before 1980. ${cited}`, by('bob')],
      ['a2', 'b1', 'That is not true, vouchers raise rents for everyone else.', by('alice')]);
    expect(doc.argument!.claims.filter((c) => c.postId === 'b1').map((c) => c.text)).toEqual([cited]);
  });
});

describe('main claims, quoted', () => {
  it('take a sentence another writer quotes to answer it, whatever its tags', () => {
    const quoted = 'Landlords in Berlin kept renting their units for years after the cap.';
    const claimsOfBob = (quotes: { text: string; postId: string }[]) => map(['a1', null, ROOT, by('alice')], ['b1', 'a1', quoted, by('bob')],
      ['c1', 'b1', 'Which years of the Berlin cap do you mean here exactly?', { author: 'carol', quotes }])
      .argument!.claims.filter((c) => c.postId === 'b1').map((c) => c.text);
    expect(claimsOfBob([])).toEqual([]);
    expect(claimsOfBob([{ text: quoted, postId: 'b1' }])).toEqual([quoted]);
  });
});

describe('speakers and the ledger', () => {
  it('keep site authors and count what each did', () => {
    const doc = map(['a1', null, ROOT, by('alice')], ['b1', 'a1', REBUTTAL, by('bob')],
      ['a2', 'b1', 'You may well be right about vacancy decontrol.', by('alice')]);
    expect(doc.argument!.speakers).toBeUndefined();
    const bob = doc.argument!.ledger.find((e) => e.author === 'bob')!;
    expect(bob).toMatchObject({ posts: 1, clashesStarted: 1, concessionsReceived: 1 });
  });
});
