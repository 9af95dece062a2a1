// Saved pages and API responses given as files (the picker or a drop on the box): read in the browser
// and sent as pasted text. The size is checked here, before anything is uploaded, against the same
// limit the server enforces, so a too-large file is refused at once instead of after a long upload.
import { BODY_LIMIT_BYTES, BODY_LIMIT_TEXT } from '../../src/server/body-limit.js';

/** What the picker offers; a drop takes any file, since the format is read from the content. */
export const SAVED_FILE_TYPES = '.json,.html,.htm,.txt,application/json,text/html,text/plain';

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(0)} KB`;
  // Rounded up, so a file just over the limit never reads as the limit itself ("5.0 MB").
  return `${(Math.ceil((bytes / (1024 * 1024)) * 10) / 10).toFixed(1)} MB`;
}

/**
 * The sentence refusing `bytes` of `what` (a file, or the JSON body carrying some text: `asSent`),
 * or null when it fits.
 */
export function tooLargeMessage(what: string, bytes: number, asSent = false): string | null {
  if (bytes <= BODY_LIMIT_BYTES) return null;
  return `${what} is ${formatBytes(bytes)}${asSent ? ' once sent' : ''}; Threadmap takes up to ${BODY_LIMIT_TEXT}. Give the thread's URL instead, or save a shorter page.`;
}

/** The request body for pasted or file text, or the sentence refusing it when it is over the limit. */
export function textBody(text: string, what: string): { body: string } | { error: string } {
  const body = JSON.stringify({ text });
  // JSON escapes quotes and newlines, so a file just under the limit can grow over it once wrapped.
  const error = tooLargeMessage(what, new TextEncoder().encode(body).length, true);
  return error ? { error } : { body };
}

/** Reads a chosen or dropped file, refusing it by its size before reading a byte of it. */
export async function fileBody(file: File): Promise<{ body: string } | { error: string }> {
  const name = `“${file.name}”`;
  const early = tooLargeMessage(name, file.size);
  if (early) return { error: early };
  if (file.size === 0) return { error: `${name} is empty.` };
  return textBody(await file.text(), name);
}

/** Calls `onFile` for a file dropped on `zone`, marking the zone while a file is dragged over it. */
export function wireDropZone(zone: HTMLElement, onFile: (file: File) => void): void {
  const hasFiles = (event: DragEvent) => event.dataTransfer?.types.includes('Files') ?? false;
  zone.addEventListener('dragover', (event) => {
    if (!hasFiles(event)) return;
    event.preventDefault(); // without this the browser opens the file instead of dropping it here
    zone.classList.add('dragging');
  });
  zone.addEventListener('dragleave', (event) => {
    if (!zone.contains(event.relatedTarget as Node | null)) zone.classList.remove('dragging');
  });
  zone.addEventListener('drop', (event) => {
    zone.classList.remove('dragging');
    const file = event.dataTransfer?.files[0];
    if (!file) return;
    event.preventDefault();
    onFile(file);
  });
}
