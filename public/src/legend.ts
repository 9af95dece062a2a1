// The legend under the tree (a strip of its own, so it never covers cards): stance colours (the same
// palette the cards and exports use), the tags most telling first, and how a sentence with several tags
// is marked.
import { STANCE_COLOURS, STANCE_LABELS, TAG_COLOURS, TAG_PRIORITY, type StanceKey } from '../../src/layout/palette.js';
import { byId, el } from './dom.js';
import { splitUnderline } from './sentences.js';

function swatch(colour: string, label: string, kind: 'stance' | 'tag'): HTMLElement {
  const mark = el('span', { class: `swatch swatch-${kind}` });
  mark.style.setProperty('--swatch', colour);
  return el('li', {}, mark, label);
}

/** A sample of the page's own marking: a sentence that concedes and disagrees at once. */
function sampleSentence(): HTMLElement {
  const sample = el('span', { class: 'sentence multi-tag' }, 'Fair point, but…');
  sample.style.setProperty('--tag', TAG_COLOURS.disagreement);
  sample.style.setProperty('--marks', splitUnderline(['disagreement', 'concession'])!);
  return sample;
}

/** Open at first on small trees on a wide screen; folded on big trees and on phones, where its room is better spent on the tree. */
export function renderLegend(open: boolean): void {
  const stances = (Object.keys(STANCE_COLOURS) as StanceKey[]).map((key) => swatch(STANCE_COLOURS[key], STANCE_LABELS[key], 'stance'));
  const tags = TAG_PRIORITY.map((tag) => swatch(TAG_COLOURS[tag], tag, 'tag'));
  const legend = byId<HTMLDetailsElement>('legend');
  legend.replaceChildren(
    el('summary', {}, 'Legend'),
    el('p', { class: 'legend-title' }, 'Reply stance'), el('ul', {}, ...stances),
    el('p', { class: 'legend-title' }, 'Sentence tags, most telling first'), el('ul', {}, ...tags),
    el('p', { class: 'legend-note' },
      'A sentence is highlighted in its most telling tag; one with several tags is also underlined in parts, one per tag: ',
      sampleSentence(), ' concedes and disagrees. Cards list disagreements and concessions first. Hover a sentence to see the words behind each tag.'),
  );
  legend.open = open && window.matchMedia('(min-width: 700px)').matches;
}
