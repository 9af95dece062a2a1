import { describe, expect, it } from 'vitest';
import { neighbour } from '../../public/src/keyboard.js';
import { progressFraction, progressLabel } from '../../public/src/progress.js';
import { describeSentence, splitUnderline, textRuns } from '../../public/src/sentences.js';
import { sourceBody } from '../../public/src/home.js';
import { centreTransform, fitTransform, isOnScreen, nodesNearScreen } from '../../public/src/view-math.js';
import { buildTreeItems, layoutTree } from '../../src/layout/tree-layout.js';
import { sampleDocument } from '../fixtures/web/documents.js';

describe('panel text runs', () => {
  it('covers the whole text, tagged sentences in place', () => {
    const post = { ...sampleDocument().posts[0]!, text: 'Intro.\n\nRemote work makes teams more productive. I think the data supports it.' };
    const runs = textRuns(post);
    expect(runs.map((r) => r.text).join('')).toBe(post.text);
    expect(runs.filter((r) => r.sentence).map((r) => r.sentence!.tags)).toEqual([['claim'], ['hedge']]);
  });

  it('explains a sentence\'s tags by their cues, most telling first', () => {
    expect(describeSentence(sampleDocument().posts[3]!.sentences[0]!)).toBe('disagreement: “fair point” (80%) · concession: “fair point” (80%)');
  });

  it('underlines a sentence with several tags in parts, one per tag, disagreement and concession before claim', () => {
    expect(splitUnderline(['claim'])).toBeNull();
    expect(splitUnderline(['claim', 'concession'])).toBe('linear-gradient(to right, #16a34a 0.00% 50.00%, #3b82f6 50.00% 100.00%)');
  });
});

describe('keyboard moves', () => {
  const { nodes } = layoutTree(buildTreeItems(sampleDocument().posts));
  const at = (id: string) => nodes.find((n) => n.data.id === id)!;
  it('goes to the parent, the first reply, and the posts above and below in the column', () => {
    expect(neighbour(nodes, at('4'), 'parent')?.data.id).toBe('3');
    expect(neighbour(nodes, at('3'), 'child')?.data.id).toBe('4');
    expect(neighbour(nodes, at('2'), 'down')?.data.id).toBe('3');
    expect(neighbour(nodes, at('3'), 'up')?.data.id).toBe('2');
    expect(neighbour(nodes, at('1'), 'parent')).toBeNull();
  });
});

describe('progress bar', () => {
  it('fills by stage and by done/total within a stage', () => {
    expect(progressFraction({ status: 'working', stage: 'queued' })).toBe(0.01);
    expect(progressFraction({ status: 'working', stage: 'tag', done: 50, total: 100 })).toBeCloseTo(0.815);
    expect(progressFraction({ status: 'done' })).toBe(1);
    expect(progressLabel({ status: 'working', stage: 'tag', done: 50, total: 100 })).toBe('Tagging sentences: 50 of 100');
  });
});

describe('home box', () => {
  it('sends one http(s) address as a URL and anything else as text', () => {
    expect(sourceBody('  https://news.ycombinator.com/item?id=1 \n')).toEqual({ url: 'https://news.ycombinator.com/item?id=1' });
    expect(sourceBody('https://a.example/x and more words')).toEqual({ text: 'https://a.example/x and more words' });
    expect(sourceBody('Just a thought.')).toEqual({ text: 'Just a thought.' });
  });
});

describe('view arithmetic', () => {
  const layout = layoutTree(buildTreeItems(sampleDocument().posts));
  const size = { width: 1400, height: 800 };
  it('fits the whole tree with a margin, never enlarging cards', () => {
    const t = fitTransform(layout, size, 0.02);
    expect(t.k).toBe(1);
    for (const node of layout.nodes) expect(isOnScreen(node, t, size)).toBe(true);
    const narrow = fitTransform(layout, { width: 300, height: 600 }, 0.02);
    expect(narrow.k).toBeLessThan(0.4);
    for (const node of layout.nodes) expect(isOnScreen(node, narrow, { width: 300, height: 600 })).toBe(true);
  });

  it('centres a card, and culls to the cards near the screen', () => {
    const node = layout.nodes.find((n) => n.data.id === '6')!;
    const small = { width: 300, height: 120 };
    const t = centreTransform(node, small, 1);
    expect(isOnScreen(node, t, small)).toBe(true);
    expect(nodesNearScreen(layout.nodes, t, small, 0).map((n) => n.data.id)).toEqual(['6']);
    expect(nodesNearScreen(layout.nodes, t, small, 2000)).toHaveLength(layout.nodes.length);
  });
});
