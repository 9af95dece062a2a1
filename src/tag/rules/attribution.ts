// Attribution ("X said / claims / supports Y") is evidence when X is a source a reader could look up: a name
// ("Anthropic claims…", "CEO Arthur Mensch wrote…") or a kind of source ("the report warns", "researchers
// argue"). Encyclopedic prose names its sources as a rule. In conversation the same verbs mostly report
// speech or thought ("He said, 'yo, reddit's down'", "my brain says skateboard", "they believe life is
// tragic") or mean something else ("it supports GC"): on the real dev sets 12 of 85 such tags were right.
// So in conversation (register.ts) an attribution with no named source before its verb, when it is what
// carries the evidence tag, counts against it.
import { speaksPersonally } from '../register.js';
import type { Rule, Signal } from '../signal.js';
import { isKeyWord } from '../terms.js';

/** The lexicon's attribution cues (data/lexicons/evidence.json), by name. */
export const ATTRIBUTION_CUES = new Set(['attribution (said)', 'position taken (supports, opposes)']);
/** Kinds of source that name where a claim comes from without a proper name. */
const SOURCE_NOUNS = new Set(['report', 'study', 'paper', 'survey', 'author', 'authors', 'researchers', 'scientists', 'experts', 'economists',
  'analysts', 'government', 'agency', 'court', 'ministry', 'department', 'committee', 'ceo', 'official', 'officials', 'spokesperson',
  'article', 'documentation', 'docs', 'manual', 'spec', 'journal', 'press', 'website', 'announcement', 'statement', 'lawsuit', 'filing']);
/** How many words before the verb its subject may start. */
const SUBJECT_REACH = 6;
/** An evidence cue this strong carries the tag by itself; an attribution beside it is not what is weighed. */
const CARRIES = 0.5;

/** Words written with a capital in the text, lower-cased: names, and whatever opens the sentence. */
const capitalised = (text: string): Set<string> => new Set((text.match(/\p{Lu}[\p{L}\p{N}]*/gu) ?? []).map((word) => word.toLowerCase()));

export const attributionRule: Rule = ({ text, tokens, signals, conversation }) => {
  if (!conversation && !speaksPersonally(tokens.words)) return [];
  const evidence = signals.filter((signal) => signal.tag === 'evidence' && signal.weight > 0);
  const attributions = evidence.filter((signal) => ATTRIBUTION_CUES.has(signal.cue));
  if (attributions.length === 0 || evidence.some((signal) => !ATTRIBUTION_CUES.has(signal.cue) && signal.weight >= CARRIES)) return [];
  const names = capitalised(text);
  const named = (signal: Signal) => tokens.words.slice(Math.max(0, signal.at - SUBJECT_REACH), signal.at)
    .some((word) => SOURCE_NOUNS.has(word) || (isKeyWord(word) && names.has(word)));
  if (attributions.some(named)) return [];
  return [{ tag: 'evidence', cue: 'attribution without a named source', weight: -0.6, at: attributions[0]!.at }];
};
