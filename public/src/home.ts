// The home page's one box: a thread URL is fetched, anything else is sent as pasted text (the server reads
// text that is only an address, "news.ycombinator.com/item?id=1", as that URL: src/sources/address.ts). On success
// the browser goes to the new map's page, which shows the progress.
import { byId } from './dom.js';

/** One line that is an http(s) address: a URL; anything else (several lines, plain words): text. */
export function sourceBody(value: string): { url: string } | { text: string } {
  const trimmed = value.trim();
  return /^https?:\/\/\S+$/i.test(trimmed) ? { url: trimmed } : { text: value };
}

export function startHomePage(): void {
  const form = byId<HTMLFormElement>('new-map');
  const source = byId<HTMLTextAreaElement>('source');
  const submit = byId<HTMLButtonElement>('submit');
  const error = byId('form-error');
  const fail = (message: string) => {
    error.textContent = message;
    error.hidden = false;
    submit.disabled = false;
    submit.textContent = 'Map it';
  };
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    if (!source.value.trim()) return fail('Paste a thread URL or the thread\'s text first.');
    error.hidden = true;
    submit.disabled = true;
    submit.textContent = 'Sending…';
    try {
      const response = await fetch('/api/maps', {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/json' },
        body: JSON.stringify(sourceBody(source.value)),
      });
      const body = (await response.json()) as { href?: string; error?: string };
      if (!response.ok || !body.href) return fail(body.error ?? `The server answered ${response.status}.`);
      window.location.assign(body.href);
    } catch {
      fail('The server could not be reached; is Threadmap still running?');
    }
  });
  // Ctrl/Cmd+Enter submits from the text box.
  source.addEventListener('keydown', (event) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) form.requestSubmit();
  });
}
