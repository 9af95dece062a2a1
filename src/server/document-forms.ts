// The forms a finished map is served in, made from the document as stored (compact threadmap/2; maps
// stored before it, threadmap/1): `whole`, the threadmap/1 document (GET /api/maps/ID); `page`, the
// page's lean form (page-form.ts); `compact`, threadmap/2 (?form=compact). Making a form parses
// megabytes, so it runs in the worker pool; a document stored in the form asked for is sent as it is.
import { readMapDocument } from '../compact/expand.js';
import { compactDocument } from '../compact/pack.js';
import type { MapDocument } from '../model.js';
import { pageForm } from './page-form.js';

export type DocumentForm = 'whole' | 'page' | 'compact';

/** compactDocument writes `schema` first, so the stored text says its form in its first bytes. */
const isCompact = (stored: string) => stored.startsWith('{"schema":"threadmap/2"');

/** Whether the stored text already is the form asked for. */
export function storedIn(stored: string, form: DocumentForm): boolean {
  return form === 'compact' ? isCompact(stored) : form === 'whole' && !isCompact(stored);
}

/** The stored text in the form asked for (in a worker thread: see worker/task.ts). */
export function renderForm(stored: string, form: DocumentForm): string {
  if (storedIn(stored, form)) return stored;
  if (form === 'compact') return JSON.stringify(compactDocument(JSON.parse(stored) as MapDocument));
  const doc = readMapDocument(stored);
  return form === 'page' ? pageForm(doc) : JSON.stringify(doc);
}
