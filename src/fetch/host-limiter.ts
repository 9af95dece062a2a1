// Politeness: at most N requests in flight to one host; the rest wait their turn in order.

export interface HostLimiter {
  run<T>(host: string, task: () => Promise<T>): Promise<T>;
}

interface HostSlots {
  active: number;
  waiting: (() => void)[];
}

export function createHostLimiter(maxPerHost: number): HostLimiter {
  const hosts = new Map<string, HostSlots>();

  async function acquire(host: string): Promise<void> {
    const slots = hosts.get(host) ?? { active: 0, waiting: [] };
    hosts.set(host, slots);
    if (slots.active < maxPerHost) {
      slots.active += 1;
      return;
    }
    // The releasing task hands its slot straight to us, so `active` stays as it is.
    await new Promise<void>((resolve) => slots.waiting.push(resolve));
  }

  function release(host: string): void {
    const slots = hosts.get(host);
    if (!slots) return;
    const next = slots.waiting.shift();
    if (next) return next();
    slots.active -= 1;
    if (slots.active === 0) hosts.delete(host);
  }

  return {
    async run(host, task) {
      await acquire(host);
      try {
        return await task();
      } finally {
        release(host);
      }
    },
  };
}
