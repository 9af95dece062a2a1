// robots.txt: fetched once per origin per client and obeyed for every hop. A robots.txt that is
// missing, unreadable or failing allows everything (the usual crawler convention).
import robotsParserModule from 'robots-parser';
import { refused } from './address-policy.js';

// robots-parser is CommonJS (module.exports = the function) with typings that declare an ES default
// export; under NodeNext the default import is module.exports, so it is the function itself.
const robotsParser = robotsParserModule as unknown as typeof robotsParserModule.default;
type Robots = ReturnType<typeof robotsParser>;

export interface RobotsFile {
  status: number;
  text: string;
}

export interface RobotsGate {
  /** Throws 'refused-url' when the origin's robots.txt disallows this URL for our user agent. */
  check(url: URL): Promise<void>;
}

async function loadRobots(robotsUrl: URL, fetchRobots: (url: URL) => Promise<RobotsFile>): Promise<Robots | null> {
  try {
    const file = await fetchRobots(robotsUrl);
    return file.status >= 200 && file.status < 300 ? robotsParser(robotsUrl.href, file.text) : null;
  } catch {
    return null;
  }
}

export function createRobotsGate(fetchRobots: (url: URL) => Promise<RobotsFile>, userAgent: string): RobotsGate {
  const byOrigin = new Map<string, Promise<Robots | null>>();
  // robots-parser matches groups on the product token ("Threadmap" of "Threadmap/0.1 (+…)").
  const agentName = userAgent.split('/')[0] ?? userAgent;
  return {
    async check(url) {
      const robotsUrl = new URL('/robots.txt', url.origin);
      let robots = byOrigin.get(url.origin);
      if (!robots) {
        robots = loadRobots(robotsUrl, fetchRobots);
        byOrigin.set(url.origin, robots);
      }
      if ((await robots)?.isAllowed(url.href, userAgent) === false) {
        throw refused(url.href, `${robotsUrl.href} does not allow ${agentName} to fetch it`);
      }
    },
  };
}
