// Evidence that shows in the characters rather than the words: links, citations and footnote marks,
// percentages, statistics, measurements and sums of money. Read from the sentence as written, since
// "3.5%" and "(Smith, 2004)" lose their shape once split into words. A footnote mark only says a source
// exists somewhere ("Founded in 1983 [2]" is history, not support), so it needs another cue to show.
// A stated probability or a guessed figure is not a statistic, and a question asks for evidence rather
// than giving it.
import { hasSignal, type Rule, type Signal } from '../signal.js';
import { STATED_PROBABILITY_ID } from './probability.js';

/** `digit`: every match holds an ASCII digit (as \d reads), so a sentence without one skips the pattern. */
const MARKS: { name: string; pattern: RegExp; weight: number; needs?: string; digit?: true }[] = [
  { name: 'link', pattern: /\bhttps?:\/\/\S+|\bwww\.\S+\.\S+/i, weight: 0.75 },
  // A bare "github.com/…": tried only on text with a slash in it.
  { name: 'link', pattern: /\b[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|org|net|io|dev|edu|gov)\/\S+/i, weight: 0.75, needs: '/' },
  { name: 'citation (Author, year)', pattern: /\(\s*[A-Z][\p{L}'-]+(?:\s+(?:et al\.?|and|&)\s*[\p{L}'-]*)?,?\s+(?:1[89]|20)\d\d[a-z]?\s*[),;]/u, weight: 0.75, digit: true },
  { name: 'footnote [1]', pattern: /\[\s?(?:\d{1,3}|ref|citation|source|citation needed)\s?\]/i, weight: 0.3 },
  // "100% correct", "100% organic", "we 100% need it": a whole hundred per cent not of something ("100% of the
  // runs") is an intensifier and measures nothing.
  { name: 'percentage', pattern: /(?<![\d.,])(?!100\s?%(?!\s?of\b))\d(?:[\d,.]*\d)?\s?%|\bper ?cent\b/i, weight: 0.5 },
  { name: 'statistic', pattern: /\b\d{1,3}(?:,\d{3})+\b|\b\d+(?:\.\d+)?\s?(?:million|billion|trillion|thousand)\b/i, weight: 0.45, digit: true },
  { name: 'amount of money', pattern: /[$£€¥]\s?\d/, weight: 0.4, digit: true },
  // "from 220 ms to 40 ms", "fell by a fifth": a measured change, the commonest shape of a reported result
  // ("from 2020 to 2022" is a span of years, not a change).
  { name: 'measured change (from X to Y)', pattern: /\bfrom (?!(?:19|20)\d\d\b)[$£€~]?\d[\d,.]*\s?\S*\s(?:to|down to|up to) (?:under |over |about |around |roughly )?[$£€~]?\d|\b(?:rose|fell|dropped|grew|increased|decreased|declined|shrank|jumped|went up|went down) by (?:roughly |about |around |almost |nearly |over |more than )?(?:\d|a (?:third|quarter|fifth|half|tenth)|half|two-thirds|(?:tens|hundreds|thousands|dozens) of)|\bby a factor of (?:\d|two|three|four|five|ten)/i, weight: 0.6 },
  // Time, speed and rates measure a result; a size or a weight ("4GB RAM, 80GB SSD", "a 2kg laptop") describes a
  // thing's specification, and supports nothing by itself.
  { name: 'measurement (10 ms)', pattern: /\b\d+(?:\.\d+)?\s?(?:ms|µs|ns|km|mph|kwh|mw|gw|rpm|fps|qps|req\/s)\b|\bn\s?=\s?\d/i, weight: 0.45, digit: true },
  // "In 2019 the UK went two weeks without coal": a dated event with a figure of its own is a reported fact.
  { name: 'dated figure (in 2019 … two weeks)', pattern: /\b(?:in|since|by|until|during) (?:1[89]|20)\d\d\b.*?(?:\b\d+(?:\.\d+)?\s?(?:%|percent|weeks?|months?|years?|days?|hours?|times)\b|\b(?:a|one|two|three|four|five|six|seven|eight|nine|ten) (?:third|quarter|fifth|tenth|weeks|months|years|days|times)\b|[$£€]\s?\d)/i, weight: 0.45, digit: true },
  { name: 'number', pattern: /\b\d+(?:\.\d+)?\b/, weight: 0.15, digit: true },
];

/**
 * Quantities the writer guesses ("My guess is that roughly 70% …", "~25%", "<5%", "single-digit percent") or
 * grades their belief with are not data.
 */
const DIGIT = /\d/;
const QUANTITIES = new Set(['percentage', 'statistic', 'amount of money', 'number']);
const GUESSED = /\b(?:my (?:guess|estimate|hunch|bet) is|i (?:would )?(?:guess|estimate|bet)|i suspect|ballpark|single-digit)\b|(?:^| )[~<>≤≥] \d/;

/**
 * A bare link to a picture, clip or sound (an image file, an image or clip host) shows a thing rather than citing
 * a source: a reaction gif is no evidence ("Proof: <screenshot>" and "it looks like this: <screenshot>" offer one,
 * so only a line that is nothing but such links). Nor is a site a reader is sent to ("…, visit http://…").
 */
const MEDIA_LINK = /^(?:https?:\/\/)?(?:[\w-]+\.)*(?:imgur\.com|i\.redd\.it|v\.redd\.it|giphy\.com|gfycat\.com|media\.tumblr\.com|tenor\.com|vocaroo\.com)\/|\.(?:gifv?|png|jpe?g|webp|mp4|webm)(?:[?#]\S*)?$/i;
const LINK_WORD = /\bhttps?:\/\/\S+|\bwww\.\S+\.\S+/gi;
const VISIT = /\bvisit:? (?:https?:\/\/|www\.)/i;
const onlyPointsOrShows = (text: string): boolean => {
  const links = text.match(LINK_WORD);
  if (links === null) return false;
  const bare = text.replace(LINK_WORD, '').trim() === '';
  return VISIT.test(text) || (bare && links.every((link) => MEDIA_LINK.test(link.replace(/[).,;!]+$/, ''))));
};

export const evidenceRule: Rule = ({ text, tokens, signals }) => {
  const notData = GUESSED.test(tokens.joined) || signals.some((signal) => signal.id === STATED_PROBABILITY_ID);
  const noSource = onlyPointsOrShows(text);
  const found: Signal[] = [];
  const digit = DIGIT.test(text);
  for (const mark of MARKS) {
    if ((notData && QUANTITIES.has(mark.name)) || (mark.needs !== undefined && !text.includes(mark.needs)) || (mark.digit && !digit)) continue;
    if (noSource && (mark.name === 'link' || mark.name === 'number')) continue;
    if (mark.pattern.test(text)) found.push({ tag: 'evidence', cue: mark.name, weight: mark.weight, at: 0 });
  }
  if (hasSignal(signals, 'question')) found.push({ tag: 'evidence', cue: 'a question', weight: -0.6, at: 0 });
  return found;
};
