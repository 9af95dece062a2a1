// The progress bar while a map is being made: follows /api/maps/ID/events and fills the bar by stage
// (fetching, reading, removing duplicates, building the tree, tagging), each stage by its done/total.
import { byId } from './dom.js';

export interface ProgressEvent {
  status: 'working' | 'done' | 'failed';
  stage?: string;
  done?: number;
  total?: number;
  error?: string;
}

/** Each stage's share of the bar, in the order the pipeline runs them. */
const STAGES: Record<string, { from: number; to: number; label: string }> = {
  queued: { from: 0, to: 0.02, label: 'Waiting for a free worker' },
  fetch: { from: 0.02, to: 0.35, label: 'Fetching the thread' },
  parse: { from: 0.35, to: 0.45, label: 'Reading the posts' },
  dedup: { from: 0.45, to: 0.6, label: 'Removing duplicates' },
  map: { from: 0.6, to: 0.65, label: 'Building the reply tree' },
  tag: { from: 0.65, to: 0.98, label: 'Tagging sentences' },
  done: { from: 1, to: 1, label: 'Done' },
};

export function progressFraction(event: ProgressEvent): number {
  if (event.status === 'done') return 1;
  const stage = STAGES[event.stage ?? 'queued'] ?? STAGES.queued!;
  const within = event.total ? Math.min(1, (event.done ?? 0) / event.total) : 0.5;
  return stage.from + (stage.to - stage.from) * within;
}

export function progressLabel(event: ProgressEvent): string {
  const stage = STAGES[event.stage ?? 'queued'] ?? STAGES.queued!;
  return event.total ? `${stage.label}: ${event.done ?? 0} of ${event.total}` : stage.label;
}

function showProgress(event: ProgressEvent): void {
  const percent = Math.round(progressFraction(event) * 100);
  byId('progress-fill').style.width = `${percent}%`;
  byId('progress-bar').setAttribute('aria-valuenow', String(percent));
  byId('progress-stage').textContent = progressLabel(event);
}

export function showFailure(message: string): void {
  byId('progress-panel').hidden = false;
  byId('progress-panel').classList.add('failed');
  byId('progress-title').textContent = 'This thread could not be mapped';
  const box = byId('progress-error');
  box.textContent = message;
  box.hidden = false;
  byId('progress-back').hidden = false;
}

/** Resolves when the map is done; rejects with the error sentence when it fails. */
export function followProgress(mapId: string, first: ProgressEvent): Promise<void> {
  byId('progress-panel').hidden = false;
  showProgress(first);
  return new Promise((resolve, reject) => {
    const source = new EventSource(`/api/maps/${encodeURIComponent(mapId)}/events`);
    source.addEventListener('progress', (event) => showProgress(JSON.parse((event as MessageEvent<string>).data) as ProgressEvent));
    source.addEventListener('done', () => {
      source.close();
      showProgress({ status: 'done' });
      resolve();
    });
    source.addEventListener('failed', (event) => {
      source.close();
      reject(new Error((JSON.parse((event as MessageEvent<string>).data) as ProgressEvent).error ?? 'The analysis failed.'));
    });
  });
}
