// Starting analyses and following them: each submitted thread becomes a map row at once, its analysis
// runs in the worker pool, and progress, the finished document or the error go to the store and to
// whoever listens (the SSE streams).
import type { Progress } from '../model.js';
import type { MapRecord, MapSource, MapStore } from '../store/maps.js';
import type { AnalysisPool } from '../worker/pool.js';

export type MapEvent =
  | { type: 'progress'; record: MapRecord }
  | { type: 'done'; record: MapRecord }
  | { type: 'failed'; record: MapRecord };

export type MapListener = (event: MapEvent) => void;

export interface AnalysisService {
  /** Records the map and starts its analysis; returns at once with the map's id. */
  start(source: MapSource): string;
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
}

export function createAnalysisService({ store, pool, newId, log }: AnalysisDeps): AnalysisService {
  const listeners = new Map<string, Set<MapListener>>();
  const running = new Set<Promise<void>>();

  const emit = (id: string, type: MapEvent['type']) => {
    const record = store.get(id);
    if (!record) return;
    for (const listener of listeners.get(id) ?? []) listener({ type, record });
    if (type !== 'progress') listeners.delete(id);
  };

  const run = async (id: string, input: MapSource) => {
    try {
      const outcome = await pool.analyze(input, (progress: Progress) => {
        store.progress(id, progress);
        emit(id, 'progress');
      });
      if (outcome.ok) {
        store.finish(id, outcome);
        emit(id, 'done');
      } else {
        store.fail(id, outcome);
        emit(id, 'failed');
      }
    } catch (error) {
      log(`analysis ${id} crashed: ${error instanceof Error ? error.stack ?? error.message : String(error)}`);
      store.fail(id, { code: 'internal', status: 500, message: 'The analysis stopped because of an internal error; the server log has the details.' });
      emit(id, 'failed');
    }
  };

  return {
    start(source) {
      const id = newId();
      store.create(id, source);
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
