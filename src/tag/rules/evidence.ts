// Evidence that shows in the characters rather than the words: links, citations and footnote marks,
// percentages, statistics and sums of money. Read from the sentence as written, since "3.5%" and
// "(Smith, 2004)" lose their shape once split into words. A stated probability is not a statistic.
import type { Rule, Signal } from '../signal.js';

const MARKS: { name: string; pattern: RegExp; weight: number }[] = [
  { name: 'link', pattern: /\bhttps?:\/\/\S+|\bwww\.\S+\.\S+/i, weight: 0.75 },
  { name: 'citation (Author, year)', pattern: /\(\s*[A-Z][\p{L}'-]+(?:\s+(?:et al\.?|and|&)\s*[\p{L}'-]*)?,?\s+(?:1[89]|20)\d\d[a-z]?\s*[),;]/u, weight: 0.75 },
  { name: 'footnote [1]', pattern: /\[\s?(?:\d{1,3}|ref|citation|source|citation needed)\s?\]/i, weight: 0.5 },
  { name: 'percentage', pattern: /\d(?:[\d,.]*\d)?\s?%|\bper ?cent\b/i, weight: 0.5 },
  { name: 'statistic', pattern: /\b\d{1,3}(?:,\d{3})+\b|\b\d+(?:\.\d+)?\s?(?:million|billion|trillion|thousand)\b/i, weight: 0.45 },
  { name: 'amount of money', pattern: /[$£€¥]\s?\d/, weight: 0.4 },
  { name: 'number', pattern: /\b\d+(?:\.\d+)?\b/, weight: 0.15 },
];

export const evidenceRule: Rule = ({ text, signals }) => {
  const statedProbability = signals.some((signal) => signal.cue.startsWith('stated probability'));
  const found: Signal[] = [];
  for (const mark of MARKS) {
    if (statedProbability && (mark.name === 'percentage' || mark.name === 'number')) continue;
    if (mark.pattern.test(text)) found.push({ tag: 'evidence', cue: mark.name, weight: mark.weight, at: 0 });
  }
  return found;
};
