// One palette for the page, its legend and the exports (SVG, HTML), so a colour means the same
// thing everywhere. Stance colours are ColorBrewer "Dark2" hues, which stay distinct for the common
// kinds of colour blindness; tag colours are light fills that dark text stays readable on.
import type { StanceLabel, TagName } from '../model.js';

/** Stance toward the parent post; `root` is a post that replies to nobody. */
export type StanceKey = StanceLabel | 'root';

export const STANCE_COLOURS: Record<StanceKey, string> = {
  agree: '#1b9e77',
  disagree: '#d95f02',
  mixed: '#7570b3',
  neutral: '#8c8c8c',
  root: '#34495e',
};

export const STANCE_LABELS: Record<StanceKey, string> = {
  agree: 'agrees',
  disagree: 'disagrees',
  mixed: 'mixed',
  neutral: 'neutral',
  root: 'opening post',
};

export const TAG_COLOURS: Record<TagName, string> = {
  claim: '#dbeafe',
  concession: '#dcfce7',
  disagreement: '#fde2e1',
  agreement: '#d1f5ea',
  question: '#fef3c7',
  hedge: '#ede9fe',
  evidence: '#e0f2fe',
};

/**
 * Strong hues of the same tags, for marks that must stand out on white: the underline segments of a
 * sentence with several tags, the legend's explanation of them.
 */
export const TAG_MARK_COLOURS: Record<TagName, string> = {
  claim: '#3b82f6',
  concession: '#16a34a',
  disagreement: '#dc2626',
  agreement: '#0d9488',
  question: '#d97706',
  hedge: '#7c3aed',
  evidence: '#0284c7',
};

/**
 * Tags by how much they tell a reader, most first: a sentence's highlight and a card's first badges
 * come from the front. Nearly every sentence is also a claim, so a claim tells least.
 */
export const TAG_PRIORITY: readonly TagName[] = ['disagreement', 'concession', 'agreement', 'question', 'evidence', 'hedge', 'claim'];

export function byPriority(tags: readonly TagName[]): TagName[] {
  return [...tags].sort((a, b) => TAG_PRIORITY.indexOf(a) - TAG_PRIORITY.indexOf(b));
}

/** Short badge text for a tag count on a card: "2 claims". */
export const TAG_BADGE_NAMES: Record<TagName, [singular: string, plural: string]> = {
  claim: ['claim', 'claims'],
  concession: ['concession', 'concessions'],
  disagreement: ['disagreement', 'disagreements'],
  agreement: ['agreement', 'agreements'],
  question: ['question', 'questions'],
  hedge: ['hedge', 'hedges'],
  evidence: ['evidence', 'evidence'],
};

/** The shorter words a badge falls back to when a card's row has no room for the full ones. */
export const TAG_SHORT_NAMES: Record<TagName, string> = {
  claim: 'claim',
  concession: 'concede',
  disagreement: 'disagree',
  agreement: 'agree',
  question: 'ask',
  hedge: 'hedge',
  evidence: 'evid.',
};

export function stanceKey(stance: { label: StanceLabel } | null): StanceKey {
  return stance ? stance.label : 'root';
}
