// Starting analyses and following them: each submitted thread becomes a map row at once, its analysis
// runs in the worker pool, and progress, the finished document or the error go to the store and to
// whoever listens (the SSE streams).
import type { Progress } from '../model.js';
import type { MapRecord, MapSource, MapStore } from '../store/maps.js';
import type { AnalysisPool } from '../worker/pool.js';
import { HttpError } from './errors.js';

export type MapEvent =
  | { type: 'progress'; record: MapRecord }
  | { type: 'done'; record: MapRecord }
  | { type: 'failed'; record: MapRecord };

export type MapListener = (event: MapEvent) => void;

export interface AnalysisService {
  /** Records the map (with its owner's key, when a browser asked) and starts its analysis; returns at once with the map's id. */
  start(source: MapSource, owner?: string | null): string;
  /** Calls `listener` on every change to the map until it ends; returns the unsubscribe function. */
  subscribe(id: string, listener: MapListener): () => void;
  /** Resolves when every analysis started so far has ended (tests, shutdown). */
  settled(): Promise<void>;
}

export interface AnalysisDeps {
  store: MapStore;
  pool: AnalysisPool;
  newId: () => string;
  log: (line: string) => void;
  /** Analyses running or queued at most; beyond it `start` answers 429. Default MAX_PENDING_ANALYSES. */
  maxPending?: number;
}

/** Enough to keep two workers busy for minutes; more would only wait, holding their input in memory. */
export const MAX_PENDING_ANALYSES = 16;

const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

export function createAnalysisService({ store, pool, newId, log, maxPending = MAX_PENDING_ANALYSES }: AnalysisDeps): AnalysisService {
  const listeners = new Map<string, Set<MapListener>>();
  const running = new Set<Promise<void>>();

  const emit = (id: string, type: MapEvent['type']) => {
    const record = store.get(id);
    if (!record) return;
    for (const listener of listeners.get(id) ?? []) listener({ type, record });
    if (type !== 'progress') listeners.delete(id);
  };

  /** A store error ("database is locked", "disk full") fails this map with a sentence; it never reaches the event loop. */
  const failSafely = (id: string, error: { code: string; status: number; message: string }) => {
    try {
      store.fail(id, error);
      emit(id, 'failed');
    } catch (storeError) {
      log(`analysis ${id}: could not record its failure: ${message(storeError)}`);
    }
  };

  const onProgress = (id: string) => (progress: Progress) => {
    try {
      store.progress(id, progress);
      emit(id, 'progress');
    } catch (error) {
      log(`analysis ${id}: progress not recorded: ${message(error)}`); // the next message or the end may still land
    }
  };

  const run = async (id: string, input: MapSource) => {
    try {
      const outcome = await pool.analyze(input, onProgress(id));
      if (!outcome.ok) return failSafely(id, outcome);
      try {
        store.finish(id, outcome);
        emit(id, 'done');
      } catch (error) {
        log(`analysis ${id}: the finished map could not be saved: ${message(error)}`);
        failSafely(id, { code: 'store', status: 503, message: `The map was made but could not be saved (${message(error)}); please try again later.` });
      }
    } catch (error) {
      log(`analysis ${id} crashed: ${error instanceof Error ? error.stack ?? error.message : String(error)}`);
      failSafely(id, { code: 'internal', status: 500, message: 'The analysis stopped because of an internal error; the server log has the details.' });
    }
  };

  return {
    start(source, owner = null) {
      if (running.size >= maxPending) {
        throw new HttpError(429, 'The server is too busy to start another map right now; please try again in a minute.', 60);
      }
      const id = newId();
      try {
        store.create(id, source, owner);
      } catch (error) {
        log(`new map not recorded: ${message(error)}`);
        throw new HttpError(503, `The map store could not record a new map (${message(error)}); please try again later.`, 30);
      }
      const task = run(id, source).catch((error: unknown) => log(`analysis ${id}: ${String(error)}`));
      running.add(task);
      void task.finally(() => running.delete(task));
      return id;
    },
    subscribe(id, listener) {
      const set = listeners.get(id) ?? new Set<MapListener>();
      set.add(listener);
      listeners.set(id, set);
      return () => {
        set.delete(listener);
        if (set.size === 0 && listeners.get(id) === set) listeners.delete(id);
      };
    },
    async settled() {
      await Promise.all([...running]);
    },
  };
}
