// The toolbar's controls: tree/outline/argument switch, reply order, expand all, collapse, fit, and the
// summary's and overview's visibility.
import { byId, el } from './dom.js';
import { isSortKey, SORT_KEYS, SORT_LABELS, type SortKey } from './sort.js';

export type ViewName = 'tree' | 'outline' | 'argument';
const VIEWS: readonly string[] = ['tree', 'outline', 'argument'] satisfies ViewName[];

export interface ToolbarActions {
  setView(view: ViewName): void;
  setSort(key: SortKey): void;
  expandAll(): void;
  collapseAll(): void;
  fit(): void;
  showOverview(on: boolean): void;
}

/** Narrower than this (a phone), the summary and the overview start closed so the tree has room. */
const NARROW = 900;
const PHONE = 600;

/** A button that shows and hides something, starting as `on`. */
function wireSwitch(button: HTMLElement, on: boolean, apply: (on: boolean) => void): void {
  const set = (next: boolean) => {
    button.setAttribute('aria-pressed', String(next));
    apply(next);
  };
  set(on);
  button.addEventListener('click', () => set(button.getAttribute('aria-pressed') !== 'true'));
}

export function wireToolbar(actions: ToolbarActions): void {
  const viewButtons = [...document.querySelectorAll<HTMLButtonElement>('[data-view]')];
  for (const button of viewButtons) {
    button.addEventListener('click', () => {
      for (const other of viewButtons) other.setAttribute('aria-pressed', String(other === button));
      const view = button.dataset.view ?? 'tree';
      actions.setView(VIEWS.includes(view) ? view as ViewName : 'tree');
    });
  }
  const sort = byId<HTMLSelectElement>('sort');
  sort.replaceChildren(...SORT_KEYS.map((key) => el('option', { value: key }, SORT_LABELS[key])));
  sort.addEventListener('change', () => {
    if (isSortKey(sort.value)) actions.setSort(sort.value);
  });
  byId('expand-all').addEventListener('click', actions.expandAll);
  byId('collapse-all').addEventListener('click', actions.collapseAll);
  byId('fit').addEventListener('click', actions.fit);
  const summary = byId('summary-panel');
  wireSwitch(byId('toggle-summary'), window.innerWidth >= NARROW, (on) => { summary.hidden = !on; });
  wireSwitch(byId('toggle-overview'), window.innerWidth >= PHONE, actions.showOverview);
}
