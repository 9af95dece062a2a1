// The toolbar's buttons: tree/outline/argument switch, expand all, collapse, fit, and the summary's visibility.
import { byId } from './dom.js';

export type ViewName = 'tree' | 'outline' | 'argument';
const VIEWS: readonly string[] = ['tree', 'outline', 'argument'] satisfies ViewName[];

export interface ToolbarActions {
  setView(view: ViewName): void;
  expandAll(): void;
  collapseAll(): void;
  fit(): void;
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
  byId('expand-all').addEventListener('click', actions.expandAll);
  byId('collapse-all').addEventListener('click', actions.collapseAll);
  byId('fit').addEventListener('click', actions.fit);
  const summaryButton = byId('toggle-summary');
  const summary = byId('summary-panel');
  // Narrow screens start with the summary closed so the tree has room.
  if (window.innerWidth < 900) summary.hidden = true;
  summaryButton.setAttribute('aria-pressed', String(!summary.hidden));
  summaryButton.addEventListener('click', () => {
    summary.hidden = !summary.hidden;
    summaryButton.setAttribute('aria-pressed', String(!summary.hidden));
  });
}
