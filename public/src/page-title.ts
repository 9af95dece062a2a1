// The header and the tab say what the thread is called. The server wrote them before the analysis
// finished (a pasted thread had no title yet); the finished document names it, so the page says so
// at once instead of after a reload.
import { mapTitle } from '../../src/layout/title.js';
import type { MapDocument } from '../../src/model.js';

export function showMapTitle(doc: MapDocument): void {
  const title = mapTitle(doc);
  if (!title) return;
  document.title = `${title} · Threadmap`;
  const heading = document.querySelector('.topbar-title');
  if (heading) heading.textContent = title;
}
