// `threadmap serve [--port N] [--host H]` (and `npm start`): the web app on http://localhost:3000, PORT overriding
// the default and --port overriding both. Runs until SIGINT/SIGTERM, then closes cleanly.
import { badInput } from '../errors.js';
import { startServer } from '../server/server.js';
import { parseArgs, rejectUnknownFlags, stringFlag } from './args.js';

export function parsePort(text: string, where: string): number {
  const port = Number(text);
  if (!/^\d+$/.test(text.trim()) || port > 65535) throw badInput(`${where} must be a port number from 0 to 65535, not '${text}'.`);
  return port;
}

export async function runServe(argv: readonly string[]): Promise<number> {
  const args = parseArgs(argv, ['port', 'host']);
  rejectUnknownFlags(args, ['port', 'host']);
  if (args.positionals.length) throw badInput(`serve takes no arguments, but got '${args.positionals[0]}'.`);
  const flag = stringFlag(args, 'port');
  const port = flag !== undefined ? parsePort(flag, '--port') : process.env.PORT ? parsePort(process.env.PORT, 'PORT') : 3000;
  const server = await startServer({ port, host: stringFlag(args, 'host') ?? process.env.HOST });
  process.stderr.write(`Threadmap is running at ${server.url} (Ctrl+C to stop)\n`);
  await new Promise<void>((resolve) => {
    process.once('SIGINT', resolve);
    process.once('SIGTERM', resolve);
  });
  await server.close();
  return 0;
}
