// One sentence → its tags: lexicon cues (with negation scope), then the rules about language, then scoring.
import type { Sentence } from '../model.js';
import type { ParentView } from './parent.js';
import { LEXICON } from './lexicon.js';
import { findCues } from './match.js';
import { addresseeRule } from './rules/addressee.js';
import { challengeRule } from './rules/challenge.js';
import { claimRule } from './rules/claim.js';
import { concessiveRule } from './rules/concessive.js';
import { conditionalClaimRule } from './rules/conditional-claim.js';
import { contradictionRule } from './rules/contradiction.js';
import { contrastRule } from './rules/contrast.js';
import { counterClaimRule } from './rules/counter-claim.js';
import { criticismRule } from './rules/criticism.js';
import { denialRule } from './rules/denial.js';
import { doubleNegationRule } from './rules/double-negation.js';
import { formRule } from './rules/form.js';
import { evidenceRule } from './rules/evidence.js';
import { readCues } from './rules/negation.js';
import { narrowingRule } from './rules/narrowing.js';
import { praiseRule } from './rules/praise.js';
import { probabilityRule } from './rules/probability.js';
import { puzzlementRule } from './rules/puzzlement.js';
import { questionRule } from './rules/question.js';
import { reframingRule } from './rules/reframing.js';
import { refusalRule } from './rules/refusal.js';
import { shortAssertionRule } from './rules/short-assertion.js';
import { sourceRule } from './rules/source.js';
import { suppositionRule } from './rules/supposition.js';
import { thingAssertionRule } from './rules/thing-assertion.js';
import { scoreSignals, toSentence, type TagScore } from './score.js';
import type { Rule, SentenceView, Signal } from './signal.js';
import { tokenize, type Tokens } from './tokens.js';

/** In order: later rules see earlier rules' signals (evidence skips a percentage already read as a
// probability; the claim rule leaves questions alone). */
const RULES: readonly Rule[] = [questionRule, probabilityRule, evidenceRule, sourceRule, doubleNegationRule, suppositionRule, criticismRule, praiseRule, contrastRule, concessiveRule, contradictionRule, challengeRule, denialRule, puzzlementRule, reframingRule, refusalRule, addresseeRule, narrowingRule, counterClaimRule, formRule, claimRule, shortAssertionRule, thingAssertionRule, conditionalClaimRule];

/** `parent`: the post this sentence's post replies to, for the rules that read the sentence against it;
 * `opening`: the sentence opens that reply; `conversation`: the text around it is conversation (see SentenceView). */
export function sentenceSignals(text: string, parent?: ParentView, tokens: Tokens = tokenize(text), opening = false, conversation = false): Signal[] {
  const signals = readCues(tokens.words, findCues(tokens, LEXICON), conversation);
  // One view for every rule, and no spread: a sentence ran 19 of each.
  const view: SentenceView = { text, tokens, signals, parent, opening, conversation };
  for (const rule of RULES) for (const signal of rule(view)) signals.push(signal);
  return signals;
}

/** Every tag's confidence for one sentence, shown or not (stance reads the weak ones too). */
export function scoreSentence(text: string): TagScore[] {
  return scoreSignals(sentenceSignals(text));
}

export function tagSentence(text: string): Sentence {
  return toSentence(text, scoreSentence(text));
}
