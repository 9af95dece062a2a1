// The map page: the document is embedded (a saved HTML export) or fetched from /api/maps/ID; while the
// analysis is still running, the progress bar shows until it is done.
import type { MapDocument } from '../../src/model.js';
import { followProgress, showFailure, type ProgressEvent } from './progress.js';
import { startViewer } from './viewer.js';

/**
 * The page form's gzip bytes, unzipped here (`?form=page.gz`, see api.ts: the browser then passes 340 KB
 * to the page instead of 5 MB at 5,000 posts); a browser without DecompressionStream reads the lean JSON.
 */
const FORM = typeof DecompressionStream === 'function' ? 'page.gz' : 'page';

/** The answer's JSON: a gzip file (the map) is unzipped first; progress and errors come as plain JSON. */
function readJson(response: Response): Promise<unknown> {
  if (!response.headers.get('content-type')?.startsWith('application/gzip') || !response.body) return response.json();
  return new Response(response.body.pipeThrough(new DecompressionStream('gzip'))).json();
}

async function fetchMap(mapId: string): Promise<{ doc: MapDocument } | { working: ProgressEvent }> {
  // The same request as the page's <link rel="preload"> (no extra headers), so the first call takes the
  // answer already on its way.
  const response = await fetch(`/api/maps/${encodeURIComponent(mapId)}?form=${FORM}`);
  const body = await readJson(response);
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
