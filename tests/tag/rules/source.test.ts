// Attribution is evidence when it names its source; in conversation, reported speech with no named source is
// not, nor is the writer's own report (rules/source.ts). Sentences written for this test.
import { describe, expect, it } from 'vitest';
import { readParent, tagSentence, tagText } from '../../../src/tag/index.js';
import { LEXICON } from '../../../src/tag/lexicon.js';
import { tagsOf } from '../../helpers/tags.js';

const evidenceIn = (text: string, parent = 'The council should have kept the old bus routes.') =>
  tagText(text, readParent(parent)).map((sentence) => sentence.tags.includes('evidence'));

describe('attribution in conversation', () => {
  it('is evidence with a named source or a kind of source before the verb', () => {
    expect(evidenceIn('Transport for London argued the routes lost money for a decade.')).toEqual([true]);
    expect(evidenceIn('The audit report warns that ridership fell on every route.')).toEqual([true]);
  });

  it('is not evidence when it only reports what someone said or thinks', () => {
    expect(evidenceIn('My neighbour said the bus was late again.')).toEqual([false]);
    expect(evidenceIn('They believe the routes are sacred.')).toEqual([false]);
  });

  it('does not take the capital of the sentence\'s first word for a name, unless the source stands there', () => {
    expect(evidenceIn('Yesterday, they announced new bus routes.')).toEqual([false]);
    expect(evidenceIn('Since most riders support the change the routes stay.')).toEqual([false]);
    expect(evidenceIn('Arriva claims the routes lost money for a decade.')).toEqual([true]);
    expect(evidenceIn('Sadiq Khan said the routes lost money for a decade.')).toEqual([true]);
  });

  it('is not evidence when "supports" means a feature', () => {
    expect(evidenceIn('The new ticket machine supports contactless cards.')).toEqual([false]);
  });

  it('is not evidence when the study or report is the writer\'s own', () => {
    expect(evidenceIn('We put out our first risk report on the bus network last spring.')).toEqual([false]);
    expect(evidenceIn('The survey you linked covers forty riders at one stop.')).toEqual([true]);
  });

  it('leaves a stronger cue beside it alone', () => {
    expect(evidenceIn('He said ridership fell 12% after the cuts.')).toEqual([true]);
  });

  it('keeps impersonal prose as it was: encyclopedic attribution names its sources anyway', () => {
    expect(tagsOf('Critics argued that the tax would hurt small farms.')).toContain('evidence');
  });
});

describe('the cues the source rule reads, by stable id', () => {
  it('finds each id it reads on exactly one lexicon cue, whatever its display name', () => {
    for (const id of ['attribution', 'position-taken', 'study', 'studies']) {
      expect(LEXICON.cues.filter((cue) => cue.id === id).map((cue) => cue.tag), id).toEqual(['evidence']);
    }
  });

  it('reads a stated probability by the rule\'s id: "I\'d put 70% on it" is no statistic', () => {
    const sentence = tagSentence("I'd put 70% on the vote passing next month.");
    expect(sentence.tags).toContain('hedge');
    expect(sentence.tags).not.toContain('evidence');
  });
});
