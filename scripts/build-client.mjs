// Bundles the page script and stylesheet (public/src) into public/dist with esbuild: d3 included,
// nothing loaded from a CDN. Run by `npm run build`, so `npm install` ("prepare") builds it too.
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../', import.meta.url));
const common = { absWorkingDir: root, bundle: true, minify: true, legalComments: 'none', logLevel: 'warning' };

await Promise.all([
  build({
    ...common,
    entryPoints: ['public/src/main.ts'],
    outfile: 'public/dist/app.js',
    format: 'iife',
    target: ['chrome100', 'firefox100', 'safari15'],
  }),
  build({ ...common, entryPoints: ['public/src/styles.css'], outfile: 'public/dist/app.css' }),
]);
