import { describe, expect, it } from 'vitest';
import type { ScanResult } from '../../src/core/types.js';
import { formatJson } from '../../src/reporters/json.js';
import { formatMarkdown } from '../../src/reporters/markdown.js';
import { formatSarif } from '../../src/reporters/sarif.js';
import { formatText } from '../../src/reporters/text.js';
import { blockResult, passResult, rawSecrets } from './fixtures.js';

const formats: [name: string, ext: string, render: (r: ScanResult) => string][] = [
  ['text', 'txt', (r) => formatText(r, { color: false })],
  ['text (quiet)', 'quiet.txt', (r) => formatText(r, { color: false, quiet: true })],
  ['json', 'json', formatJson],
  ['sarif', 'sarif', (r) => formatSarif(r, { toolVersion: '1.2.3' })],
  ['markdown', 'md', formatMarkdown],
];

const cases: [name: string, build: () => ScanResult][] = [
  ['pass', passResult],
  ['block', blockResult],
];

describe('reporter golden files', () => {
  for (const [caseName, build] of cases) {
    for (const [formatName, ext, render] of formats) {
      it(`${formatName}: ${caseName}`, async () => {
        const out = render(build());
        await expect(out).toMatchFileSnapshot(`../fixtures/reporters/${caseName}.${ext}`);
        // Pure: the same input renders the same bytes (no timestamps, no randomness).
        expect(render(build())).toBe(out);
        expect(out.endsWith('\n')).toBe(true);
      });
    }
  }
});

describe('no report contains a raw secret', () => {
  const result = blockResult();
  for (const [formatName, , render] of formats) {
    it(formatName, () => {
      const out = render(result);
      expect(rawSecrets.length).toBeGreaterThan(0);
      for (const secret of rawSecrets) {
        expect(out).not.toContain(secret);
        // Nor any stretch of its random part (beyond the prefix `redacted` keeps).
        for (const line of secret.split('\n').filter((l) => !l.startsWith('-----'))) {
          expect(line.length).toBeGreaterThanOrEqual(20);
          expect(out).not.toContain(line.slice(-14));
          expect(out).not.toContain(line.slice(6, 20));
        }
      }
    });
  }
});
