// The worker pool the server hands analyses and exports to (piscina over worker_threads). It runs the
// compiled worker, dist/worker/task.js, which `npm run build` writes (and `npm test` builds first).
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { MessageChannel } from 'node:worker_threads';
import { Piscina } from 'piscina';
import type { ExportFormat } from '../export/formats.js';
import type { Progress, ProgressListener } from '../model.js';
import type { AnalyzeInput } from '../pipeline.js';
import type { DocumentForm } from '../server/document-forms.js';
import type { AnalyzeOutcome, AnalyzeTask, ExportTask, FormTask } from './protocol.js';

// src/worker and dist/worker are both two levels below the package root, so this one path finds the
// compiled worker whether this module runs compiled or from source under the test runner.
const WORKER_FILE = fileURLToPath(new URL('../../dist/worker/task.js', import.meta.url));

/** How long one analysis may run once a worker has started it. Default 2 minutes: 100k pasted paragraphs take ~20 s. */
export const ANALYSIS_TIME_LIMIT_MS = 120_000;

export interface PoolOptions {
  dbPath: string;
  /** Default ANALYSIS_TIME_LIMIT_MS. Time spent waiting for a free worker does not count. */
  analysisTimeLimitMs?: number;
  /** Threads at most. Default: the machine's cores, and at least 2 so an export never waits behind a long analysis. */
  maxThreads?: number;
  allowHosts?: readonly string[];
}

export interface AnalysisPool {
  analyze(input: AnalyzeInput, onProgress: ProgressListener): Promise<AnalyzeOutcome>;
  exportDocument(documentJson: string, format: ExportFormat): Promise<string>;
  /** The stored document in another form (whole threadmap/1, the page's, compact). */
  documentForm(documentJson: string, form: DocumentForm): Promise<string>;
  /** Stops the threads, abandoning any task still running. */
  close(): Promise<void>;
}

/** The outcome of an analysis stopped at its time limit: the map fails with this sentence. */
export function timedOut(limitMs: number): AnalyzeOutcome {
  return {
    ok: false, code: 'too-large', status: 413,
    message: `The analysis took longer than ${Math.round(limitMs / 1000)} seconds and was stopped; this thread is too large or too tangled to map here.`,
  };
}

export function createAnalysisPool({ dbPath, maxThreads = Math.max(2, availableParallelism()), allowHosts, analysisTimeLimitMs = ANALYSIS_TIME_LIMIT_MS }: PoolOptions): AnalysisPool {
  const piscina = new Piscina({ filename: WORKER_FILE, maxThreads, minThreads: 1, idleTimeout: 60_000 });
  return {
    async analyze(input, onProgress) {
      const { port1, port2 } = new MessageChannel();
      const abort = new AbortController();
      let timer: NodeJS.Timeout | undefined;
      port1.on('message', (progress: Progress) => {
        // The worker's first message says it has started: the clock runs from there, not from the queue.
        timer ??= setTimeout(() => abort.abort(), analysisTimeLimitMs);
        onProgress(progress);
      });
      const task: AnalyzeTask = { input, dbPath, progressPort: port2, allowHosts };
      try {
        return (await piscina.run(task, { name: 'analyzeThread', transferList: [port2], signal: abort.signal })) as AnalyzeOutcome;
      } catch (error) {
        if (abort.signal.aborted) return timedOut(analysisTimeLimitMs); // piscina has ended that thread
        throw error;
      } finally {
        clearTimeout(timer);
        port1.close();
      }
    },
    async exportDocument(documentJson, format) {
      const task: ExportTask = { documentJson, format };
      return (await piscina.run(task, { name: 'renderExport' })) as string;
    },
    async documentForm(documentJson, form) {
      const task: FormTask = { documentJson, form };
      return (await piscina.run(task, { name: 'renderDocumentForm' })) as string;
    },
    close: () => piscina.destroy(),
  };
}
