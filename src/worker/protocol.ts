// What the server and the worker threads say to each other. Errors cross the thread boundary as data:
// structured cloning keeps an Error's message but not its class or code, and the code picks the status.
import type { MessagePort } from 'node:worker_threads';
import type { ExportFormat } from '../export/formats.js';
import type { AnalyzeInput } from '../pipeline.js';
import type { DocumentForm } from '../server/document-forms.js';

export interface AnalyzeTask {
  input: AnalyzeInput;
  /** The SQLite file whose fetch cache the worker reads and fills. */
  dbPath: string;
  /** Receives Progress messages while the analysis runs. */
  progressPort: MessagePort;
  /** Hosts the fetcher may reach despite its address policy (tests' loopback fixture servers only). */
  allowHosts?: readonly string[];
}

export type AnalyzeOutcome =
  | { ok: true; /** compact (threadmap/2) */ documentJson: string; title: string | null; postCount: number; diagnosticsJson: string }
  | { ok: false; code: string; status: number; message: string };

export interface ExportTask {
  /** The document as stored, in either form. */
  documentJson: string;
  format: ExportFormat;
}

export interface FormTask {
  /** The document as stored (threadmap/2, or threadmap/1 for maps stored before it). */
  documentJson: string;
  form: DocumentForm;
}
