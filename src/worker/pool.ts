// The worker pool the server hands analyses and exports to (piscina over worker_threads). It runs the
// compiled worker, dist/worker/task.js, which `npm run build` writes (and `npm test` builds first).
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { MessageChannel } from 'node:worker_threads';
import { Piscina } from 'piscina';
import type { ExportFormat } from '../export/formats.js';
import type { ProgressListener } from '../model.js';
import type { AnalyzeInput } from '../pipeline.js';
import type { AnalyzeOutcome, AnalyzeTask, ExportTask } from './protocol.js';

// src/worker and dist/worker are both two levels below the package root, so this one path finds the
// compiled worker whether this module runs compiled or from source under the test runner.
const WORKER_FILE = fileURLToPath(new URL('../../dist/worker/task.js', import.meta.url));

export interface PoolOptions {
  dbPath: string;
  /** Threads at most. Default: the machine's cores, and at least 2 so an export never waits behind a long analysis. */
  maxThreads?: number;
  allowHosts?: readonly string[];
}

export interface AnalysisPool {
  analyze(input: AnalyzeInput, onProgress: ProgressListener): Promise<AnalyzeOutcome>;
  exportDocument(documentJson: string, format: ExportFormat): Promise<string>;
  /** Stops the threads, abandoning any task still running. */
  close(): Promise<void>;
}

export function createAnalysisPool({ dbPath, maxThreads = Math.max(2, availableParallelism()), allowHosts }: PoolOptions): AnalysisPool {
  const piscina = new Piscina({ filename: WORKER_FILE, maxThreads, minThreads: 1, idleTimeout: 60_000 });
  return {
    async analyze(input, onProgress) {
      const { port1, port2 } = new MessageChannel();
      port1.on('message', onProgress);
      const task: AnalyzeTask = { input, dbPath, progressPort: port2, allowHosts };
      try {
        return (await piscina.run(task, { name: 'analyzeThread', transferList: [port2] })) as AnalyzeOutcome;
      } finally {
        port1.close();
      }
    },
    async exportDocument(documentJson, format) {
      const task: ExportTask = { documentJson, format };
      return (await piscina.run(task, { name: 'renderExport' })) as string;
    },
    close: () => piscina.destroy(),
  };
}
