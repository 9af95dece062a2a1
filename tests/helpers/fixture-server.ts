// A loopback HTTP server for end-to-end tests: routes map a path to a static answer or a handler,
// and every request is logged. Pair it with createHttpClient({ allowHosts: ['127.0.0.1'] }).
import { createServer, type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface StaticRoute {
  status?: number;
  headers?: Record<string, string>;
  body?: string | Uint8Array;
}
export type RouteHandler = (req: IncomingMessage, res: ServerResponse) => void | Promise<void>;
export type Route = StaticRoute | RouteHandler;

export interface LoggedRequest {
  method: string;
  /** Path and query, as the client sent them. */
  url: string;
  headers: IncomingHttpHeaders;
}

export interface FixtureServer {
  /** "http://127.0.0.1:PORT", no trailing slash. */
  origin: string;
  port: number;
  requests: LoggedRequest[];
  /** How many requests asked for this path (query ignored). */
  hits(path: string): number;
  close(): Promise<void>;
}

const pathOf = (url: string) => url.split('?')[0] ?? url;

function answer(route: Route | undefined, req: IncomingMessage, res: ServerResponse): void | Promise<void> {
  if (route === undefined) {
    res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
  } else if (typeof route === 'function') {
    return route(req, res);
  } else {
    res.writeHead(route.status ?? 200, route.headers).end(route.body ?? '');
  }
}

/** Routes are looked up by path with query first, then by path alone; anything else is a 404. */
export async function startFixtureServer(routes: Record<string, Route>): Promise<FixtureServer> {
  const requests: LoggedRequest[] = [];
  const server = createServer((req, res) => {
    const url = req.url ?? '/';
    requests.push({ method: req.method ?? 'GET', url, headers: req.headers });
    Promise.resolve(answer(routes[url] ?? routes[pathOf(url)], req, res)).catch((error: unknown) => {
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain' });
      res.end(String(error));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    port,
    requests,
    hits: (path) => requests.filter((r) => pathOf(r.url) === path).length,
    close: () => {
      server.closeAllConnections(); // endless or dripping handlers would otherwise hold close() open
      return new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
