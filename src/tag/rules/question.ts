// Direct questions, with or without their "?": a final question mark; an auxiliary before its subject
// ("Does anyone have…", "do you have kids"); a wh-word before an auxiliary ("How do you…", not "How we
// got here is…"), at the start of a clause. A question asserts nothing, so it counts against `claim`,
// whether the rule or a lexicon cue ("I wonder whether…") found it.
import { firstContentWord } from '../match.js';
import { hasSignal, type Rule, type Signal } from '../signal.js';

/** Auxiliaries and modals, which a question puts before its subject. */
export const AUXILIARIES = new Set([
  'do', 'does', 'did', 'is', 'are', 'was', 'were', 'am', 'can', 'could', 'would', 'will', 'should', 'shall',
  'have', 'has', 'had', 'may', 'might', 'must',
]);
const SUBJECTS = new Set([
  'i', 'you', 'we', 'they', 'he', 'she', 'it', 'there', 'anyone', 'anybody', 'someone', 'somebody', 'everyone',
  'this', 'that', 'these', 'those', 'the', 'a', 'an', 'your', 'my', 'our', 'their', 'his', 'her', 'its', 'any',
  'people', 'one', 'y\'all', 'ya', 'u',
]);
const COPULAS = new Set(['is', 'are', 'was', 'were']);
const WH_WORDS = new Set(['what', 'why', 'how', 'where', 'when', 'who', 'which', 'whose', 'whom']);
/** Wh-openers that ask without an auxiliary: "What if…", "Why not…", "How about…". */
const WH_PAIRS = new Set(['what if', 'why not', 'how about', 'what about', 'how come']);
const HOW_DEGREES = new Set(['much', 'many', 'long', 'often', 'far', 'old', 'big', 'soon', 'likely', 'sure', 'confident', 'exactly', 'well']);
const PRONOUNS_AND_POSSESSIVES = new Set(['i', 'you', 'we', 'they', 'he', 'she', 'it', 'there', 'people', 'anyone', 'someone', 'your', 'my', 'their', 'his', 'her', 'our']);

/** Words an aside may add after the last question mark ("… first? cool cool", "…? Bold."). */
const TAIL_WORDS = 3;

function endsWithQuestionMark(words: readonly string[], quoted: readonly boolean[]): boolean {
  const mark = words.lastIndexOf('?');
  if (mark < 0 || quoted[mark]) return false;
  const tail = words.slice(mark + 1).filter((word) => /\p{L}/u.test(word));
  return tail.length <= TAIL_WORDS && tail.every((word) => /^\p{L}+$/u.test(word));
}

/** Where a clause may start: the sentence's first content word, and the word after "but", ":" or ";" ("Not sure this is the right place, but does anyone…"). */
function clauseStarts(words: readonly string[]): number[] {
  const starts = [firstContentWord(words)];
  words.forEach((word, index) => {
    // ", or is that overkill": "or" after a comma or dash opens a clause too.
    const joint = CLAUSE_JOINTS.has(word) || (word === 'or' && (words[index - 1] === ',' || words[index - 1] === '-'));
    if (joint && index > starts[0]!) starts.push(index + 1);
  });
  return starts;
}
const CLAUSE_JOINTS = new Set(['but', ':', ';']);

function questionForm(words: readonly string[]): Signal | null {
  for (const first of clauseStarts(words)) {
    const form = questionFormAt(words, first);
    if (form) return form;
  }
  // After a comma only an inverted auxiliary asks ("Not sure where to report this, is the tracker the right
  // place"): ", which is better" and ", how it works" are clauses of a statement.
  const comma = words.indexOf(',');
  return comma > 0 ? invertedAuxiliary(words, comma + 1) : null;
}

function invertedAuxiliary(words: readonly string[], first: number): Signal | null {
  const head = words[first];
  const next = words[first + 1];
  if (head === undefined || next === undefined || !AUXILIARIES.has(head)) return null;
  if (SUBJECTS.has(next) || (next === 'not' && SUBJECTS.has(words[first + 2] ?? ''))) {
    return { tag: 'question', cue: `inverted auxiliary (${head} ${next} …)`, weight: 0.75, at: first };
  }
  return null;
}

function questionFormAt(words: readonly string[], first: number): Signal | null {
  const head = words[first];
  const next = words[first + 1];
  if (head === undefined || next === undefined) return null;
  const inverted = invertedAuxiliary(words, first);
  if (inverted) return inverted;
  // "What doesn't scale is the tooling": a wh-clause as subject (a pseudo-cleft) states, it does not ask.
  // An auxiliary with its subject after it ("Why would anyone pay…") asks whatever follows.
  const pseudoCleft = words[words.length - 1] !== '?' && !SUBJECTS.has(words[first + 2] ?? '') && words.slice(first + 3).some((word) => COPULAS.has(word));
  if (WH_WORDS.has(head) && (AUXILIARIES.has(next) || WH_PAIRS.has(`${head} ${next}`)) && !(AUXILIARIES.has(next) && pseudoCleft)) {
    return { tag: 'question', cue: `wh-question (${head} ${next} …)`, weight: 0.7, at: first };
  }
  // "How long did the review take", "Which vaccine did you get": a wh-phrase, then an auxiliary and a
  // subject (a pronoun, after what/which). ("What matters is the result", "How many people have access can vary" are statements.)
  const whPhrase = head === 'how' ? HOW_DEGREES.has(next) : WH_WORDS.has(head);
  for (let at = first + 2; at <= first + 3 && whPhrase; at++) {
    if (AUXILIARIES.has(words[at] ?? '') && (head === 'how' ? SUBJECTS : PRONOUNS_AND_POSSESSIVES).has(words[at + 1] ?? '')) {
      return { tag: 'question', cue: `wh-question (${words.slice(first, at + 1).join(' ')} …)`, weight: 0.7, at: first };
    }
  }
  return null;
}

export const questionRule: Rule = ({ tokens, signals }) => {
  const found: Signal[] = [];
  if (endsWithQuestionMark(tokens.words, tokens.quoted)) {
    found.push({ tag: 'question', cue: 'ends with ?', weight: 0.9, at: tokens.words.length - 1 });
  }
  const form = questionForm(tokens.words);
  if (form) found.push(form);
  if (found.length > 0 || hasSignal(signals, 'question')) found.push({ tag: 'claim', cue: 'a question', weight: -0.6, at: 0 });
  return found;
};
