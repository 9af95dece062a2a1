// Keyboard: arrows move between drawn posts (← the post replied to, → its first reply, ↑/↓ the nearest
// post above or below in the same column), Enter opens the selected post, Esc closes the panel, F fits.
import type { PlacedNode } from '../../src/layout/tree-layout.js';

export type Direction = 'parent' | 'child' | 'up' | 'down';

const KEYS: Record<string, Direction> = { ArrowLeft: 'parent', ArrowRight: 'child', ArrowUp: 'up', ArrowDown: 'down' };

/** The post `direction` leads to from `from`, among the drawn nodes; null at an edge. */
export function neighbour(nodes: readonly PlacedNode[], from: PlacedNode, direction: Direction): PlacedNode | null {
  const isPost = (node: PlacedNode | null | undefined): node is PlacedNode => !!node?.data.post;
  if (direction === 'parent') return isPost(from.parent) ? from.parent : null;
  if (direction === 'child') return from.children?.[0] ?? null;
  const column = nodes.filter((node) => node.depth === from.depth && isPost(node)).sort((a, b) => a.x - b.x);
  const at = column.indexOf(from);
  return column[direction === 'up' ? at - 1 : at + 1] ?? null;
}

export interface KeyboardActions {
  move(direction: Direction): void;
  openSelected(): void;
  escape(): void;
  fit(): void;
}

function typingIn(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));
}

export function wireKeyboard(actions: KeyboardActions): void {
  document.addEventListener('keydown', (event) => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    if (event.key === 'Escape') return actions.escape();
    if (typingIn(event.target)) return;
    const direction = KEYS[event.key];
    if (direction) {
      event.preventDefault();
      actions.move(direction);
    } else if (event.key === 'Enter' && !(event.target instanceof HTMLButtonElement || event.target instanceof HTMLAnchorElement)) {
      event.preventDefault();
      actions.openSelected();
    } else if (event.key === 'f' || event.key === 'F') {
      actions.fit();
    }
  });
}
