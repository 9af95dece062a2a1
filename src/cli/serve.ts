// `threadmap serve [--port N] [--host H]` (and `npm start`): the web app on http://localhost:3000, PORT
// overriding the default and --port overriding both; this machine only unless --host (or HOST) says
// otherwise. Runs until SIGINT/SIGTERM, then closes cleanly.
import { badInput } from '../errors.js';
import { parseCommand, stringValue, type Command } from './args.js';

export const SERVE: Command = {
  name: 'serve',
  help: `Usage: threadmap serve [options]
  -p, --port N     listen on port N (default: $PORT, else 3000; 0 picks a free one)
      --host H     listen on address H (default: $HOST, else 127.0.0.1; 0.0.0.0 for every interface)
  -h, --help       show this help
The map store is $THREADMAP_DB, else data/threadmap.db.`,
  options: { port: { type: 'string', short: 'p' }, host: { type: 'string' } },
};

export function parsePort(text: string, where: string): number {
  const port = Number(text);
  if (!/^\d+$/.test(text.trim()) || port > 65535) throw badInput(`${where} must be a port number from 0 to 65535, not '${text}'.`);
  return port;
}

export async function runServe(argv: readonly string[]): Promise<number> {
  const args = parseCommand(SERVE, argv);
  if (!args) return 0;
  if (args.positionals.length) throw badInput(`serve takes no arguments, but got '${args.positionals[0]}'.`);
  const flag = stringValue(args, 'port');
  const port = flag !== undefined ? parsePort(flag, '--port') : process.env.PORT ? parsePort(process.env.PORT, 'PORT') : 3000;
  const { startServer } = await import('../server/server.js');
  const server = await startServer({ port, host: stringValue(args, 'host') ?? (process.env.HOST || undefined) });
  process.stderr.write(`Threadmap is running at ${server.url} (Ctrl+C to stop)\n`);
  await new Promise<void>((resolve) => {
    process.once('SIGINT', resolve);
    process.once('SIGTERM', resolve);
  });
  await server.close();
  return 0;
}
