// createApp(deps): the Express app without listening, so tests start it on a loopback port of their own
// (server.ts listens for real). Pages, the JSON API, the bundled client under /assets, one error handler.
import express, { type Express } from 'express';
import helmet from 'helmet';
import type { MapStore } from '../store/maps.js';
import type { AnalysisPool } from '../worker/pool.js';
import type { AnalysisService } from './analyses.js';
import { apiRouter } from './api.js';
import type { RateLimit } from './rate-limit.js';
import { errorHandler, notFound } from './errors.js';
import { pagesRouter } from './pages.js';
import { createViews, PACKAGE_ROOT, type Views } from './views.js';

export interface AppDeps {
  store: MapStore;
  analyses: AnalysisService;
  pool: Pick<AnalysisPool, 'exportDocument' | 'documentForm'>;
  /** How many maps one client may start (POST /api/maps); default 20 a minute. */
  mapRate?: RateLimit;
  views?: Views;
  /** Where unexpected errors are reported. Default: stderr. */
  log?: (line: string) => void;
  /** The bundled client (app.js, app.css). Default: public/dist in the package. */
  assetsDir?: string;
}


export function createApp(deps: AppDeps): Express {
  const views = deps.views ?? createViews();
  const log = deps.log ?? ((line: string) => process.stderr.write(`${line}\n`));
  const app = express();
  app.disable('x-powered-by');
  app.use(helmet({
    contentSecurityPolicy: {
      directives: {
        // Only the app's own bundled script; no inline script, no CDN, no external fonts.
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", 'data:'],
        fontSrc: ["'self'"],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        frameAncestors: ["'none'"],
        // A local http://host:3000 app: upgrading its requests to https would break it.
        upgradeInsecureRequests: null,
      },
    },
    // Plain http on a local port: HSTS would only confuse a browser that also visits localhost over https.
    strictTransportSecurity: false,
  }));
  app.use('/assets', express.static(deps.assetsDir ?? `${PACKAGE_ROOT}public/dist`));
  app.use('/api', apiRouter(deps));
  app.use(pagesRouter({ store: deps.store, views }));
  app.use(() => {
    throw notFound('This page');
  });
  app.use(errorHandler(views, log));
  return app;
}
