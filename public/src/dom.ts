// Building DOM from scraped data: text always goes in as text (textContent), never as markup.

type Child = Node | string | null | undefined | false;

/** `el('p', { class: 'x' }, 'text', child)`: attributes set one by one, children appended as nodes or text. */
export function el<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Record<string, string> = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) node.setAttribute(name, value);
  append(node, ...children);
  return node;
}

export function append(parent: Node, ...children: Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    parent.appendChild(typeof child === 'string' ? document.createTextNode(child) : child);
  }
}

export function byId<T extends Element = HTMLElement>(id: string): T {
  const node = document.querySelector<T>(`#${CSS.escape(id)}`);
  if (!node) throw new Error(`The page has no #${id}.`);
  return node;
}

/** Only http(s) links from scraped data become links: never javascript: or data: URLs. */
export function safeHref(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : null;
  } catch {
    return null;
  }
}

export function formatDate(iso: string | null): string | null {
  if (!iso) return null;
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? null : date.toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
}

/** Runs `work` when the page is idle (after the frame being drawn); Safari has no requestIdleCallback, so a timeout there. */
export function whenIdle(work: () => void): void {
  if (typeof window.requestIdleCallback === 'function') window.requestIdleCallback(work, { timeout: 1000 });
  else window.setTimeout(work, 50);
}
