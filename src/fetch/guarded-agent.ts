// The connection layer that keeps fetches off private infrastructure, whatever DNS says.
// DNS rebinding defence: the name is resolved once, every answer is checked, and the socket is opened
// to exactly those checked answers (our `lookup` hands them to net/tls.connect). The connected socket's
// remote address is checked again, which also covers IP-literal hosts, where no lookup happens.
import type { LookupAddress, LookupOptions } from 'node:dns';
import { isIPv6, type LookupFunction, type Socket } from 'node:net';
import { Agent, buildConnector } from 'undici';
import { ThreadmapError } from '../errors.js';
import { addressRefusal, isAllowListed } from './address-policy.js';
import type { ResolvedAddress, ResolveHost } from './options.js';

export interface AgentPolicy {
  connectTimeoutMs: number;
  allowHosts: readonly string[];
  resolveHost: ResolveHost;
}

const refusedAnswer = (hostname: string, address: string, reason: string) =>
  new ThreadmapError('refused-url', `Refused to connect to ${hostname}: its address ${address} is ${reason}.`);

function refuseUnlessPublic(hostname: string, answers: ResolvedAddress[]): void {
  for (const { address } of answers) {
    const reason = addressRefusal(address);
    if (reason) throw refusedAnswer(hostname, address, reason);
  }
}

/** A net/tls `lookup` over `resolveHost`, running `check` on all answers before any is used. */
function checkedLookup(resolveHost: ResolveHost, check: typeof refuseUnlessPublic): LookupFunction {
  return (hostname: string, options: LookupOptions, callback) => {
    resolveHost(hostname)
      .then((all) => {
        const answers = options.family === 4 || options.family === 6 ? all.filter((a) => a.family === options.family) : all;
        if (answers.length === 0) throw Object.assign(new Error(`${hostname} has no address`), { code: 'ENOTFOUND' });
        check(hostname, answers);
        const [first] = answers as [LookupAddress];
        if (options.all) callback(null, answers as LookupAddress[]);
        else callback(null, first.address, first.family);
      })
      .catch((error: Error) => callback(error, '', 0));
  };
}

type Connector = ReturnType<typeof buildConnector>;
type ConnectOptions = Parameters<Connector>[0];

export function createGuardedAgent(policy: AgentPolicy): Agent {
  const timeout = policy.connectTimeoutMs;
  const checked = buildConnector({ timeout, lookup: checkedLookup(policy.resolveHost, refuseUnlessPublic) });
  const trusted = buildConnector({ timeout, lookup: checkedLookup(policy.resolveHost, () => undefined) });

  const connect = (options: ConnectOptions, callback: Parameters<Connector>[1]) => {
    const port = Number(options.port) || (options.protocol === 'https:' ? 443 : 80);
    const host = isIPv6(options.hostname) ? `[${options.hostname}]` : options.hostname;
    if (isAllowListed(host, port, policy.allowHosts)) return trusted(options, callback);
    return checked(options, (error, socket) => {
      if (error || !socket) return callback(error ?? new Error(`no socket for ${host}`), null);
      const reason = addressRefusal((socket as Socket).remoteAddress ?? '');
      if (!reason) return callback(null, socket);
      socket.destroy();
      callback(refusedAnswer(host, (socket as Socket).remoteAddress ?? 'an unknown address', reason), null);
    });
  };
  return new Agent({ connect });
}
