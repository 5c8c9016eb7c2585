/**
 * Pacing of content-creating requests (POST, PATCH, PUT, DELETE) per token, as GitHub's REST
 * documentation asks to stay under its secondary rate limits: no more than 80 content-generating
 * requests a minute and 500 an hour, sent one after another rather than concurrently. A run
 * writes a handful (a check run, the ledger's tree, commit and ref), so none of them waits;
 * Octokit's throttling plugin otherwise spaces every write a flat second apart, which made a run
 * with the evidence ledger several seconds slower for no limit GitHub sets. A secondary limit
 * GitHub does answer (403/429 with retry-after) is still honoured by the plugin.
 */

export interface PaceWindow {
  /** Requests allowed to start within `ms`. */
  limit: number;
  ms: number;
}

/** GitHub's published limits on content-generating requests. */
export const CONTENT_CREATION_LIMITS: readonly PaceWindow[] = [
  { limit: 80, ms: 60_000 },
  { limit: 500, ms: 3_600_000 },
];

export interface PaceClock {
  now(): number;
  sleep(ms: number): Promise<void>;
}

const realClock: PaceClock = {
  now: () => Date.now(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};

/** Lets content-creating requests start in order, each as soon as every window has room. */
export class ContentPacer {
  private readonly starts: number[] = [];
  private queue: Promise<void> = Promise.resolve();
  private readonly longest: number;

  constructor(
    private readonly windows: readonly PaceWindow[] = CONTENT_CREATION_LIMITS,
    private readonly clock: PaceClock = realClock,
  ) {
    this.longest = Math.max(0, ...windows.map((w) => w.ms));
  }

  /** Resolves when the next content-creating request may start (in the order asked). */
  turn(): Promise<void> {
    const turn = this.queue.then(() => this.take());
    this.queue = turn;
    return turn;
  }

  /** How long until every window has room for one more start (0: now). */
  delay(now: number): number {
    let wait = 0;
    for (const { limit, ms } of this.windows) {
      const inWindow = this.starts.filter((t) => t > now - ms);
      if (inWindow.length >= limit) {
        wait = Math.max(wait, inWindow[inWindow.length - limit]! + ms - now);
      }
    }
    return wait;
  }

  private async take(): Promise<void> {
    for (;;) {
      const now = this.clock.now();
      const wait = this.delay(now);
      if (wait <= 0) {
        this.starts.push(now);
        while (this.starts.length > 0 && this.starts[0]! <= now - this.longest) this.starts.shift();
        return;
      }
      await this.clock.sleep(wait);
    }
  }

  /**
   * The shape of a Bottleneck group that @octokit/plugin-throttling takes as its `write` limiter:
   * it calls `write.key(id).schedule(options, task)` before each write and waits for it.
   */
  asLimiterGroup(): {
    key(id?: string): {
      schedule<T>(...args: [unknown, () => Promise<T>] | [() => Promise<T>]): Promise<T>;
    };
  } {
    const schedule = async <T>(
      ...args: [unknown, () => Promise<T>] | [() => Promise<T>]
    ): Promise<T> => {
      const task = args.length === 1 ? args[0] : args[1];
      await this.turn();
      return task();
    };
    return { key: () => ({ schedule }) };
  }
}
