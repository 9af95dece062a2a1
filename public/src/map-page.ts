// The map page: the document is embedded (a saved HTML export) or fetched from /api/maps/ID; while the
// analysis is still running, the progress bar shows until it is done.
import type { MapDocument } from '../../src/model.js';
import { followProgress, showFailure, type ProgressEvent } from './progress.js';
import { startViewer } from './viewer.js';

async function fetchMap(mapId: string): Promise<{ doc: MapDocument } | { working: ProgressEvent }> {
  // The lean form: what the page reads, without the cues it never shows (page-form.ts). The same request
  // as the page's <link rel="preload"> (no extra headers), so the first call takes the answer already on its way.
  const response = await fetch(`/api/maps/${encodeURIComponent(mapId)}?form=page`);
  const body = (await response.json()) as unknown;
  if (response.status === 202) return { working: body as ProgressEvent };
  if (!response.ok) throw new Error((body as { error?: string }).error ?? `The server answered ${response.status}.`);
  return { doc: body as MapDocument };
}

export async function startMapPage(): Promise<void> {
  const embedded = document.getElementById('threadmap-data');
  if (embedded?.textContent) {
    startViewer(JSON.parse(embedded.textContent) as MapDocument, null);
    return;
  }
  const mapId = document.body.dataset.mapId;
  if (!mapId) return showFailure('This page does not name a map.');
  try {
    let answer = await fetchMap(mapId);
    if ('working' in answer) {
      await followProgress(mapId, answer.working);
      answer = await fetchMap(mapId);
    }
    if ('working' in answer) throw new Error('The map is still being made; reload the page in a moment.');
    document.getElementById('progress-panel')!.hidden = true;
    startViewer(answer.doc, mapId);
  } catch (error) {
    showFailure(error instanceof Error ? error.message : String(error));
  }
}
