// The post's own link in the panel: "#post-<id>" on this page, keeping the view, filter and search, and
// a button that copies the whole address. Where the clipboard is refused (an insecure origin, a denied
// permission) the address is shown selected instead, to copy by hand.
import { el } from './dom.js';
import { pageUrl, postHash, type UrlState } from './url-state.js';

async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

/** `state` is read on each copy: the filter or search may have changed since the panel opened. */
export function permalinkLine(postId: string, state: () => UrlState): HTMLElement {
  const status = el('span', { class: 'permalink-status', role: 'status' });
  const button = el('button', { type: 'button', class: 'copy-link', title: 'Copy the address of this post, as the page shows it now' }, 'Copy link');
  // A bare hash: followed here it keeps the page's current query (view, filter, search).
  const line = el('p', { class: 'panel-permalink' }, el('a', { href: postHash(postId), class: 'permalink' }, 'Link to this post'), ' ', button, ' ', status);
  button.addEventListener('click', async () => {
    const address = pageUrl({ ...state(), post: postId }, window.location);
    if (await copyText(address)) {
      status.textContent = 'Copied.';
      return;
    }
    const field = el('input', { type: 'text', readonly: '', value: address, 'aria-label': 'Link to this post', class: 'permalink-field' });
    status.replaceChildren(field);
    field.select();
  });
  return line;
}
