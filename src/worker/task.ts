// Runs in piscina's worker threads (compiled to dist/worker/task.js): the analysis of one thread, and
// exports and served forms of finished maps, so a 10,000-post thread never holds up the server's request thread.
import { readMapDocument } from '../compact/expand.js';
import { compactDocument } from '../compact/pack.js';
import { EXPORTERS } from '../export/formats.js';
import { mapTitle } from '../layout/title.js';
import { ThreadmapError } from '../errors.js';
import { createHttpClient } from '../fetch/index.js';
import type { Progress, ProgressListener } from '../model.js';
import { analyze } from '../pipeline.js';
import { renderForm } from '../server/document-forms.js';
import { openDatabase } from '../store/db.js';
import { createSqliteResponseCache } from '../store/fetch-cache.js';
import type { AnalyzeOutcome, AnalyzeTask, ExportTask, FormTask } from './protocol.js';

/** At most one message per `intervalMs`, but always the first of each stage and the final one. */
export function throttleProgress(send: ProgressListener, intervalMs = 100, clock: () => number = Date.now): ProgressListener {
  let lastStage: string | null = null;
  let lastSent = -Infinity;
  return (progress: Progress) => {
    const now = clock();
    const finalOfStage = progress.total > 0 && progress.done >= progress.total;
    if (progress.stage === lastStage && !finalOfStage && now - lastSent < intervalMs) return;
    lastStage = progress.stage;
    lastSent = now;
    send(progress);
  };
}

export async function analyzeThread(task: AnalyzeTask): Promise<AnalyzeOutcome> {
  const port = task.progressPort;
  const onProgress = throttleProgress((progress) => port.postMessage(progress));
  // Said at once, so the page stops showing "waiting for a free worker" and the pool starts the time limit.
  onProgress({ stage: 'url' in task.input ? 'fetch' : 'parse', done: 0, total: 0 });
  const db = 'url' in task.input ? openDatabase(task.dbPath) : null;
  const http = db ? createHttpClient({ cache: createSqliteResponseCache(db), onProgress, allowHosts: task.allowHosts }) : undefined;
  try {
    const doc = await analyze(task.input, { http, onProgress });
    return {
      ok: true,
      documentJson: JSON.stringify(compactDocument(doc)), // stored compact: a third of the bytes to keep and read
      title: mapTitle(doc),
      postCount: doc.posts.length,
      diagnosticsJson: JSON.stringify(doc.diagnostics),
    };
  } catch (error) {
    if (error instanceof ThreadmapError) return { ok: false, code: error.code, status: error.httpStatus, message: error.message };
    throw error;
  } finally {
    port.close();
    await http?.close();
    db?.close();
  }
}

export function renderExport(task: ExportTask): string {
  return EXPORTERS[task.format].render(readMapDocument(task.documentJson));
}

/** A stored map in the form a request asks for (src/server/document-forms.ts). */
export function renderDocumentForm(task: FormTask): string {
  return renderForm(task.documentJson, task.form);
}
