// Evidence is support from outside the writer's own say-so (LABELLING), so a source cue counts in conversation
// only when the source is someone else a reader could look up:
// - attribution ("X said / claims / supports Y") when X is named ("Anthropic claims…", "CEO Arthur Mensch
//   wrote…") or a kind of source ("the report warns", "researchers argue"). In conversation the same verbs
//   mostly report speech or thought ("He said, 'yo, reddit's down'", "they believe life is tragic") or mean
//   something else ("it supports GC"): on the real dev sets 12 of 85 such tags were right.
// - a study, report or poll that is not the writer's own: "we put out this report", "our next risk report"
//   describe the writer's work, and "I've been hoping for reddit to do polls" names the thread's topic.
// Encyclopedic prose names its sources as a rule, so this is read in conversation only (register.ts), and only
// when such cues are what carries the tag: a link or a figure beside them still counts.
import { speaksPersonally } from '../register.js';
import { hasId, type Rule, type Signal } from '../signal.js';
import { isKeyWord } from '../terms.js';

/** The lexicon's attribution cues (data/lexicons/evidence.json), by id. */
const ATTRIBUTION_CUES: ReadonlySet<string> = new Set(['attribution', 'position-taken']);
/** The lexicon's study cues: a study, report, survey or poll named in the sentence. */
const STUDY_CUES: ReadonlySet<string> = new Set(['study', 'studies']);
const SOURCE_CUES: ReadonlySet<string> = new Set([...ATTRIBUTION_CUES, ...STUDY_CUES]);
/** Kinds of source that name where a claim comes from without a proper name. */
const SOURCE_NOUNS = new Set(['report', 'study', 'paper', 'survey', 'author', 'authors', 'researchers', 'scientists', 'experts', 'economists',
  'analysts', 'government', 'agency', 'court', 'ministry', 'department', 'committee', 'ceo', 'official', 'officials', 'spokesperson',
  'article', 'documentation', 'docs', 'manual', 'spec', 'journal', 'press', 'website', 'announcement', 'statement', 'lawsuit', 'filing']);
/** The writer as the subject or owner of what the sentence reports. */
const WRITER = new Set(['i', 'me', 'my', 'we', 'us', 'our']);
/** How many words before the verb its subject may start. */
const SUBJECT_REACH = 6;
/** Words a study cue spans ("this risk report"). */
const STUDY_SPAN = 3;
/** An evidence cue this strong carries the tag by itself; a source cue beside it is not what is weighed. */
const CARRIES = 0.5;

/**
 * Words written with a capital in the text, lower-cased: names. The sentence's first word has its capital
 * from its place, so it counts only where the source stands: right before the verb ("Anthropic claims…"),
 * or before another capitalised word ("Satya Nadella wrote…"); "Yesterday, they announced…" and "Since most
 * browsers support…" name no one.
 */
function capitalised(text: string, firstIsName: boolean): Set<string> {
  const words = (text.match(/\p{Lu}[\p{L}\p{N}]*/gu) ?? []).map((word) => word.toLowerCase());
  const opens = /^[^\p{L}\p{N}]*\p{Lu}/u.test(text);
  return new Set(opens && !firstIsName ? words.slice(1) : words);
}

export const sourceRule: Rule = ({ text, tokens, signals, conversation }) => {
  const { words } = tokens;
  const isSource = (signal: Signal) => signal.tag === 'evidence' && hasId(signal, SOURCE_CUES);
  if (!signals.some(isSource) || (!conversation && !speaksPersonally(words))) return [];
  const evidence = signals.filter((signal) => signal.tag === 'evidence' && signal.weight > 0);
  const sourced = evidence.filter((signal) => hasId(signal, SOURCE_CUES));
  if (sourced.length === 0 || evidence.some((signal) => !sourced.includes(signal) && signal.weight >= CARRIES)) return [];
  const first = words.findIndex((word) => /^\p{L}/u.test(word));
  const names = capitalised(text, sourced.some((signal) => signal.at === first + 1) || /^[^\p{L}]*\p{Lu}\S*\s+\p{Lu}/u.test(text));
  const named = (signal: Signal) => words.slice(Math.max(0, signal.at - SUBJECT_REACH), signal.at)
    .some((word) => SOURCE_NOUNS.has(word) || (isKeyWord(word) && names.has(word)));
  // The writer as subject or owner near the study ("we put out this report", "our risk reports"), not as a reader of it.
  const writersOwn = (signal: Signal) => words.slice(Math.max(0, signal.at - SUBJECT_REACH), signal.at + STUDY_SPAN).some((word) => WRITER.has(word));
  if (sourced.some((signal) => (hasId(signal, ATTRIBUTION_CUES) ? named(signal) : !writersOwn(signal)))) return [];
  return [{ tag: 'evidence', cue: 'no source but the writer or someone unnamed', weight: -0.6, at: sourced[0]!.at }];
};
