// The legend over the tree: stance colours (the same palette the cards and exports use) and tag colours.
import { STANCE_COLOURS, STANCE_LABELS, TAG_COLOURS, type StanceKey } from '../../src/export/palette.js';
import { TAGS } from '../../src/model.js';
import { byId, el } from './dom.js';

function swatch(colour: string, label: string, kind: 'stance' | 'tag'): HTMLElement {
  const mark = el('span', { class: `swatch swatch-${kind}` });
  mark.style.setProperty('--swatch', colour);
  return el('li', {}, mark, label);
}

/** Open at first on small trees; folded on big ones, where it would cover cards. */
export function renderLegend(open: boolean): void {
  const stances = (Object.keys(STANCE_COLOURS) as StanceKey[]).map((key) => swatch(STANCE_COLOURS[key], STANCE_LABELS[key], 'stance'));
  const tags = TAGS.map((tag) => swatch(TAG_COLOURS[tag], tag, 'tag'));
  const legend = byId<HTMLDetailsElement>('legend');
  legend.replaceChildren(
    el('summary', {}, 'Legend'),
    el('p', { class: 'legend-title' }, 'Reply stance'), el('ul', {}, ...stances),
    el('p', { class: 'legend-title' }, 'Sentence tags'), el('ul', {}, ...tags),
  );
  legend.open = open;
}
