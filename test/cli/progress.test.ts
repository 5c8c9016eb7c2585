/**
 * The progress line of a long directory scan (issue 17 item 5): files, MB and possible findings
 * so far, rewritten in place on a terminal; nothing for a scan shorter than a few seconds.
 */
import { describe, expect, it } from 'vitest';
import { describeProgress, PROGRESS_DELAY_MS, progressLine } from '../../src/cli/progress.js';

function fakeTerminal() {
  let clock = 0;
  const writes: string[] = [];
  const progress = progressLine(
    (text) => writes.push(text),
    () => clock,
  );
  return {
    writes,
    progress,
    advance: (ms: number) => {
      clock += ms;
    },
  };
}

describe('progress line', () => {
  it('says nothing for a scan that ends within the delay', () => {
    const t = fakeTerminal();
    t.progress.update?.({ files: 10, of: 20, bytes: 1_048_576, findings: 1 });
    t.advance(PROGRESS_DELAY_MS - 1);
    t.progress.update?.({ files: 20, of: 20, bytes: 2_097_152, findings: 1 });
    t.progress.done();
    expect(t.writes).toEqual([]);
  });

  it('after the delay, shows files, MB and findings so far, at most every 100 ms, and the last file', () => {
    const t = fakeTerminal();
    t.advance(PROGRESS_DELAY_MS);
    t.progress.update?.({ files: 1_204, of: 11_916, bytes: 13_107_200, findings: 3 });
    t.advance(50);
    t.progress.update?.({ files: 1_300, of: 11_916, bytes: 14_000_000, findings: 3 }); // too soon
    t.advance(60);
    t.progress.update?.({ files: 1_400, of: 11_916, bytes: 15_000_000, findings: 4 });
    t.advance(1);
    t.progress.update?.({ files: 11_916, of: 11_916, bytes: 99_614_720, findings: 1 }); // the last
    t.progress.done();
    expect(t.writes).toEqual([
      '\rmandate: 1,204 of 11,916 files, 12.5 MB read, 3 possible findings…\x1b[K',
      '\rmandate: 1,400 of 11,916 files, 14.3 MB read, 4 possible findings…\x1b[K',
      '\rmandate: 11,916 of 11,916 files, 95.0 MB read, 1 possible finding…\x1b[K',
      '\r\x1b[K',
    ]);
  });

  it('counts commits of a history scan', () => {
    expect(describeProgress({ commits: 2_500, bytes: 5 * 1_048_576 })).toBe(
      'mandate: 2,500 commits, 5.0 MB read…',
    );
  });
});
