// The running web app: opens the store, the worker pool and the app, and listens. `close()` undoes it
// all in order (connections, then workers, then the database), so tests can restart on the same file.
import { randomBytes } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { badInput } from '../errors.js';
import { databasePath, openDatabase } from '../store/db.js';
import { createMapStore } from '../store/maps.js';
import { createAnalysisPool } from '../worker/pool.js';
import { createAnalysisService, type AnalysisService } from './analyses.js';
import { createApp } from './app.js';
import type { RateLimit } from './rate-limit.js';

export interface ServerOptions {
  /** Default 3000; 0 picks a free port. */
  port?: number;
  /** Default '127.0.0.1' (this machine only); '0.0.0.0' serves every interface, e.g. in a container. */
  host?: string;
  /** The SQLite file. Default: THREADMAP_DB or data/threadmap.db. */
  dbPath?: string;
  /** Hosts the fetcher may reach despite its address policy (tests' loopback fixture servers only). */
  allowHosts?: readonly string[];
  maxThreads?: number;
  /** How long one analysis may run in its worker; default 2 minutes. */
  analysisTimeLimitMs?: number;
  /** Analyses running or queued at most before POST /api/maps answers 429; default 16. */
  maxPendingAnalyses?: number;
  /** How many maps one client may start; default 20 a minute. */
  mapRate?: RateLimit;
  log?: (line: string) => void;
}

export const DEFAULT_HOST = '127.0.0.1';

export interface RunningServer {
  /** "http://127.0.0.1:PORT" (or the host given), no trailing slash. */
  url: string;
  port: number;
  analyses: AnalysisService;
  close(): Promise<void>;
}

/** Map ids: 9 random bytes, URL-safe, unguessable enough that a permalink is shared on purpose. */
export const newMapId = () => randomBytes(9).toString('base64url');

export async function startServer(options: ServerOptions = {}): Promise<RunningServer> {
  const log = options.log ?? ((line: string) => process.stderr.write(`${line}\n`));
  const dbPath = options.dbPath ?? databasePath();
  const db = openDatabase(dbPath);
  const store = createMapStore(db);
  const interrupted = store.failInterrupted('The server restarted before this analysis finished; please submit the thread again.');
  if (interrupted) log(`${interrupted} unfinished analyses from the last run marked as failed`);
  const pool = createAnalysisPool({ dbPath, allowHosts: options.allowHosts, maxThreads: options.maxThreads, analysisTimeLimitMs: options.analysisTimeLimitMs });
  const analyses = createAnalysisService({ store, pool, newId: newMapId, log, maxPending: options.maxPendingAnalyses });
  const server: Server = createServer(createApp({ store, analyses, pool, log, mapRate: options.mapRate }));
  const host = options.host ?? DEFAULT_HOST;
  try {
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(options.port ?? 3000, host, resolve);
    });
  } catch (error) {
    await pool.close();
    db.close();
    if ((error as NodeJS.ErrnoException).code === 'EADDRINUSE') {
      throw badInput(`port ${options.port ?? 3000} is already in use; stop the other server or choose another port with --port N.`);
    }
    throw error;
  }
  const { port } = server.address() as AddressInfo;
  const shownHost = host === '0.0.0.0' || host === '::' ? 'localhost' : host.includes(':') ? `[${host}]` : host;
  return {
    url: `http://${shownHost}:${port}`,
    port,
    analyses,
    async close() {
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeAllConnections(); // event streams stay open until told otherwise
      await closed;
      await pool.close();
      await analyses.settled();
      db.close();
    },
  };
}
