// Test timeouts that hold on a loaded machine (the suite must pass at load 10 on 2 cores). Tests that
// spawn processes, start servers or drive a browser get minutes; the rest get 30 s, far above their
// quiet-machine times, so only a hang fails them.
import { defineConfig } from 'vitest/config';

/** Files whose tests spawn processes, start a server, drive a browser, or time large inputs. */
const SLOW = [
  'tests/cli/**', 'tests/browser/**', 'tests/server/**', 'tests/package/**', 'tests/docs/**',
  'tests/hostile/**', 'tests/store/db.test.ts', 'tests/sources/http-end-to-end.test.ts',
];

export default defineConfig({
  test: {
    projects: [
      { extends: true, test: { name: 'slow', include: SLOW.map((glob) => (glob.endsWith('.ts') ? glob : `${glob}/*.test.ts`)), testTimeout: 180_000, hookTimeout: 180_000 } },
      { extends: true, test: { name: 'unit', include: ['tests/**/*.test.ts'], exclude: [...SLOW, 'node_modules/**'], testTimeout: 30_000, hookTimeout: 60_000 } },
    ],
  },
});
