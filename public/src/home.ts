// The home page's one box: a thread URL is fetched, anything else is sent as pasted text (the server reads
// text that is only an address, "news.ycombinator.com/item?id=1", as that URL: src/sources/address.ts); a
// saved page or response can also be chosen or dropped on the page. On success the browser goes to the new
// map's page, which shows the progress.
import { byId } from './dom.js';
import { fileBody, SAVED_FILE_TYPES, textBody, wireDropZone } from './upload.js';

/** One line that is an http(s) address: a URL; anything else (several lines, plain words): text. */
export function sourceBody(value: string): { url: string } | { text: string } {
  const trimmed = value.trim();
  return /^https?:\/\/\S+$/i.test(trimmed) ? { url: trimmed } : { text: value };
}

/** The JSON body for what is in the box, or the sentence refusing it. */
function boxBody(value: string): { body: string } | { error: string } {
  const source = sourceBody(value);
  return 'url' in source ? { body: JSON.stringify(source) } : textBody(source.text, 'The pasted text');
}

export function startHomePage(): void {
  const form = byId<HTMLFormElement>('new-map');
  const source = byId<HTMLTextAreaElement>('source');
  const submit = byId<HTMLButtonElement>('submit');
  const picker = byId<HTMLInputElement>('file-input');
  const error = byId('form-error');
  const busy = (label: string) => {
    error.hidden = true;
    submit.disabled = true;
    submit.textContent = label;
  };
  const fail = (message: string) => {
    error.textContent = message;
    error.hidden = false;
    submit.disabled = false;
    submit.textContent = 'Map it';
  };
  const send = async (body: string) => {
    try {
      const response = await fetch('/api/maps', {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/json' },
        body,
      });
      const answer = (await response.json()) as { href?: string; error?: string };
      if (!response.ok || !answer.href) return fail(answer.error ?? `The server answered ${response.status}.`);
      window.location.assign(answer.href);
    } catch {
      fail('The server could not be reached; is Threadmap still running?');
    }
  };
  const sendFile = async (file: File) => {
    busy(`Reading ${file.name}…`);
    const read = await fileBody(file);
    if ('error' in read) return fail(read.error);
    submit.textContent = 'Sending…';
    await send(read.body);
  };

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    if (!source.value.trim()) return fail('Paste a thread URL or the thread\'s text first, or choose a saved file.');
    const made = boxBody(source.value);
    if ('error' in made) return fail(made.error);
    busy('Sending…');
    void send(made.body);
  });
  // Ctrl/Cmd+Enter submits from the text box.
  source.addEventListener('keydown', (event) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) form.requestSubmit();
  });
  picker.accept = SAVED_FILE_TYPES;
  picker.addEventListener('change', () => {
    const file = picker.files?.[0];
    picker.value = ''; // choosing the same file again (after fixing a problem) fires change again
    if (file) void sendFile(file);
  });
  // The whole page takes the drop: a file let go just beside the box is not opened by the browser instead.
  wireDropZone(document.body, (file) => void sendFile(file));
}
