/**
 * Content-creating requests are paced by GitHub's published secondary limits (80 a minute, 500
 * an hour, one after another), not a flat second between any two writes: a run's handful of
 * writes goes out at once, and the 81st write of a minute waits for the window.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createClient } from '../../src/github/client.js';
import { CONTENT_CREATION_LIMITS, ContentPacer, type PaceClock } from '../../src/github/pacing.js';
import type { GitHubRest } from '../../src/github/rest.js';
import { FakeGitHub } from '../action/fake-github.js';

/** A clock that only moves when the pacer sleeps. */
function fakeClock(): PaceClock & { slept: number[] } {
  let now = 1_000_000;
  const slept: number[] = [];
  return {
    slept,
    now: () => now,
    sleep: async (ms) => {
      slept.push(ms);
      now += ms;
    },
  };
}

describe('ContentPacer', () => {
  it('lets 80 writes of a minute start at once and holds the 81st until the minute has room', async () => {
    const clock = fakeClock();
    const pacer = new ContentPacer(CONTENT_CREATION_LIMITS, clock);
    for (let i = 0; i < 80; i++) await pacer.turn();
    expect(clock.slept).toEqual([]);
    await pacer.turn();
    expect(clock.slept).toEqual([60_000]);
  });

  it('holds to 500 an hour as well', async () => {
    const clock = fakeClock();
    const pacer = new ContentPacer(CONTENT_CREATION_LIMITS, clock);
    for (let i = 0; i < 501; i++) await pacer.turn();
    const total = clock.slept.reduce((a, b) => a + b, 0);
    // Six full minutes pass before the 481st write; the 501st waits for the first hour's end.
    expect(total).toBe(3_600_000);
  });

  it('gives turns in the order asked', async () => {
    const clock = fakeClock();
    const pacer = new ContentPacer([{ limit: 2, ms: 1000 }], clock);
    const order: number[] = [];
    await Promise.all([1, 2, 3, 4].map((n) => pacer.turn().then(() => order.push(n))));
    expect(order).toEqual([1, 2, 3, 4]);
    expect(clock.slept).toEqual([1000]);
  });
});

describe("the Action's client", () => {
  let gh: FakeGitHub;
  let client: GitHubRest;
  beforeEach(async () => {
    gh = new FakeGitHub('o/r');
    await gh.start();
    client = createClient('t', {
      baseUrl: gh.url,
      scale: 1,
      onNote: () => {},
    }) as unknown as GitHubRest;
  });
  afterEach(() => gh.stop());

  it('sends a run’s few writes without a second between each', async () => {
    const started = performance.now();
    for (let i = 0; i < 4; i++) {
      await client.request('POST /repos/{owner}/{repo}/check-runs', {
        owner: 'o',
        repo: 'r',
        name: 'mandate',
        head_sha: 'a'.repeat(40),
      });
    }
    const ms = performance.now() - started;
    expect(gh.requestsTo('POST', /\/check-runs$/)).toHaveLength(4);
    // The plugin's default spaced them 1 s apart: 3 s at least.
    expect(ms).toBeLessThan(1500);
  });
});
