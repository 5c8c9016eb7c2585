/**
 * The HTML report opened as an auditor opens it: headless Chromium loads the file, takes a
 * screenshot (which must not be blank) and prints it to PDF (whose pages pdftoppm renders);
 * Chromium's own network log must show no request but the file itself. Skipped, saying why,
 * where Chromium or pdftoppm is missing.
 */
import { execFile } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { nextLine } from '../../src/evidence/chain.js';
import { renderReport } from '../../src/evidence/render.js';
import { type Change, parsePeriod, ReportBuilder } from '../../src/evidence/report.js';
import { scratch } from '../support/scratch.js';
import { demoStatements, sha } from './fixtures.js';

const run = promisify(execFile);
const s = scratch();
const CHROMIUM = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => existsSync(p));
const PDFTOPPM = existsSync('/usr/bin/pdftoppm') ? '/usr/bin/pdftoppm' : undefined;
if (CHROMIUM === undefined) {
  console.warn(
    'html-report.test.ts: skipped — no Chromium (apt-get install chromium) to open the report in.',
  );
}

export function demoReportHtml(): string {
  let head = null;
  const files = new Map<string, string>();
  for (const statement of demoStatements()) {
    const next = nextLine(head, { statement });
    head = next.head;
    const path = `acme/app/2026/${statement.predicate.time.slice(0, 7)}.jsonl`;
    files.set(path, `${files.get(path) ?? ''}${next.line}\n`);
  }
  const changes: Change[] = demoStatements()
    .map(
      (st): Change => ({
        repository: 'acme/app',
        kind: 'pull-request',
        number: st.predicate.pullRequest!,
        mergedAt: st.predicate.time,
        mergeCommitSha: null,
        url: `https://github.com/acme/app/pull/${st.predicate.pullRequest}`,
        title: `change ${st.predicate.pullRequest}`,
      }),
    )
    .concat([
      {
        repository: 'acme/app',
        kind: 'pull-request',
        number: 99,
        mergedAt: '2026-02-02T10:00:00Z',
        mergeCommitSha: null,
        url: 'https://github.com/acme/app/pull/99',
        title: 'Bump dependencies (merged while mandate was not required)',
      },
      {
        repository: 'acme/app',
        kind: 'push',
        number: null,
        mergedAt: '2026-08-14T22:10:00Z',
        mergeCommitSha: sha('hotfix pushed to main'),
        parentSha: null,
        url: `https://github.com/acme/app/commit/${sha('hotfix pushed to main')}`,
        title: 'Hotfix pushed straight to main',
      },
    ]);
  const builder = new ReportBuilder(parsePeriod('2026-01-01..2026-12-31'), {
    changes,
    sample: { size: 10, seed: 42 },
  });
  for (const [path, text] of files) builder.addFile('acme/app', path, text);
  return renderReport(builder.build({ now: new Date('2027-01-04T09:00:00Z') }), 'html');
}

/** RGB(A) pixels of an 8-bit, non-interlaced PNG (what Chromium writes). */
function decodePng(png: Buffer): {
  width: number;
  height: number;
  channels: number;
  pixels: Buffer;
} {
  let at = 8;
  let width = 0;
  let height = 0;
  let channels = 0;
  const idat: Buffer[] = [];
  while (at < png.length) {
    const length = png.readUInt32BE(at);
    const type = png.toString('latin1', at + 4, at + 8);
    const data = png.subarray(at + 8, at + 8 + length);
    if (type === 'IHDR') {
      width = data.readUInt32BE(0);
      height = data.readUInt32BE(4);
      channels = data[9] === 6 ? 4 : data[9] === 2 ? 3 : 1;
      expect(data[8]).toBe(8);
    } else if (type === 'IDAT') idat.push(data);
    at += 12 + length;
  }
  const raw = inflateSync(Buffer.concat(idat));
  const stride = width * channels;
  const pixels = Buffer.alloc(stride * height);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)]!;
    for (let x = 0; x < stride; x++) {
      const value = raw[y * (stride + 1) + 1 + x]!;
      const a = x >= channels ? pixels[y * stride + x - channels]! : 0;
      const b = y > 0 ? pixels[(y - 1) * stride + x]! : 0;
      const c = x >= channels && y > 0 ? pixels[(y - 1) * stride + x - channels]! : 0;
      const p = a + b - c;
      const paeth =
        Math.abs(p - a) <= Math.abs(p - b) && Math.abs(p - a) <= Math.abs(p - c)
          ? a
          : Math.abs(p - b) <= Math.abs(p - c)
            ? b
            : c;
      const predicted = [0, a, b, (a + b) >> 1, paeth][filter]!;
      pixels[y * stride + x] = (value + predicted) & 0xff;
    }
  }
  return { width, height, channels, pixels };
}

/** Share of pixels that are not (near) white. */
function inked(pixels: Buffer, channels: number): number {
  let ink = 0;
  const count = pixels.length / channels;
  for (let i = 0; i < pixels.length; i += channels) {
    if (pixels[i]! < 200 || pixels[i + 1]! < 200 || pixels[i + 2]! < 200) ink++;
  }
  return ink / count;
}

function chromiumArgs(dir: string): string[] {
  return [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-dev-shm-usage',
    '--no-first-run',
    '--no-default-browser-check',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    `--user-data-dir=${join(dir, 'profile')}`,
  ];
}

/**
 * The requests the page made, from Chromium's network log: the browser's own background
 * requests (time, updates, accounts) carry the initiator "not an origin"; a page's carry its
 * origin (`null` for a file).
 */
function pageRequests(netlog: string): string[] {
  const log = JSON.parse(readFileSync(netlog, 'utf8')) as {
    events: { params?: { url?: string; initiator?: string } }[];
  };
  const urls = log.events
    .filter((e) => e.params?.url !== undefined && e.params.initiator !== undefined)
    .filter((e) => e.params!.initiator !== 'not an origin')
    .map((e) => e.params!.url!)
    .filter((url) => !url.startsWith('data:'));
  return [...new Set(urls)];
}

async function screenshot(dir: string, html: string): Promise<{ shot: string; netlog: string }> {
  const page = join(dir, 'report.html');
  writeFileSync(page, html);
  const netlog = join(dir, 'netlog.json');
  const shot = join(dir, 'shot.png');
  await run(
    CHROMIUM!,
    [
      ...chromiumArgs(dir),
      `--log-net-log=${netlog}`,
      `--screenshot=${shot}`,
      '--window-size=900,1400',
      pathToFileURL(page).href,
    ],
    { timeout: 90_000 },
  );
  return { shot, netlog };
}

describe.skipIf(CHROMIUM === undefined)('the HTML report in headless Chromium', () => {
  it('the network check sees a page that does make a request (control)', async () => {
    const hits: string[] = [];
    const server = createServer((req, res) => {
      hits.push(req.url ?? '');
      res.end();
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const { port } = server.address() as AddressInfo;
      const dir = s.tempDir('mandate-report-');
      const { netlog } = await screenshot(
        dir,
        `<!doctype html><p>canary</p><img src="http://127.0.0.1:${port}/canary.png">`,
      );
      expect(pageRequests(netlog)).toEqual([`http://127.0.0.1:${port}/canary.png`]);
      expect(hits).toEqual(['/canary.png']);
    } finally {
      server.close();
    }
  }, 120_000);

  it('renders a screenshot that is not blank and makes no network request', async () => {
    const dir = s.tempDir('mandate-report-');
    const { shot, netlog } = await screenshot(dir, demoReportHtml());
    const { pixels, channels, width } = decodePng(readFileSync(shot));
    expect(width).toBe(900);
    const share = inked(pixels, channels);
    expect(share).toBeGreaterThan(0.01);
    expect(share).toBeLessThan(0.9);
    expect(pageRequests(netlog)).toEqual([]);
    if (process.env.MANDATE_WRITE_DOCS_SCREENSHOT) {
      writeFileSync(process.env.MANDATE_WRITE_DOCS_SCREENSHOT, readFileSync(shot));
    }
  }, 120_000);

  it.skipIf(PDFTOPPM === undefined)(
    'prints to an A4 PDF whose pages pdftoppm renders',
    async () => {
      const dir = s.tempDir('mandate-report-');
      const page = join(dir, 'report.html');
      writeFileSync(page, demoReportHtml());
      const pdf = join(dir, 'report.pdf');
      await run(
        CHROMIUM!,
        [
          ...chromiumArgs(dir),
          `--print-to-pdf=${pdf}`,
          '--no-pdf-header-footer',
          pathToFileURL(page).href,
        ],
        { timeout: 90_000 },
      );
      await run(PDFTOPPM!, ['-r', '30', '-gray', pdf, join(dir, 'page')], { timeout: 60_000 });
      const pages = readdirSync(dir)
        .filter((f) => /^page-\d+\.pgm$/.test(f))
        .sort();
      expect(pages.length).toBeGreaterThanOrEqual(2);
      for (const name of pages) {
        const pgm = readFileSync(join(dir, name));
        // P5 <w> <h> <max>\n then one byte per pixel; A4 at 30 dpi is 248 × 351.
        const header = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(pgm.toString('latin1', 0, 40))!;
        expect([Number(header[1]), Number(header[2])]).toEqual([248, 351]);
        const pixels = pgm.subarray(header[0].length);
        const dark = pixels.filter((v) => v < 200).length / pixels.length;
        expect(dark).toBeGreaterThan(0.001);
      }
    },
    120_000,
  );
});
