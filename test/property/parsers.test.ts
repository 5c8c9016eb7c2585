/**
 * Property-based tests (fast-check) of every parser that reads text a user or an attacker
 * controls: the config, the unified-diff stream and the REST `patch`, front matter, CODEOWNERS,
 * the ignore file and the baseline. Whatever the input, each parses or fails with a domain
 * error (MandateError: a sentence with file and line) — never another exception, a hang or an
 * unhandled rejection. Runs are bounded: ~200 inputs per property, a time limit per property,
 * and a per-test timeout.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { parseBaseline } from '../../src/config/baseline.js';
import { parseIgnoreFile } from '../../src/config/ignore-file.js';
import { parseConfig } from '../../src/config/parse.js';
import { MandateError } from '../../src/core/errors.js';
import { parseFrontMatter } from '../../src/core/policy/front-matter.js';
import { findTemplateLeftovers } from '../../src/core/policy/template.js';
import { ownersOf, parseCodeowners } from '../../src/core/review/codeowners.js';
import type { ChangedFile } from '../../src/core/types.js';
import { addedLines, parsePatch } from '../../src/sources/github.js';
import { parseDiffStream, UnifiedDiffParser } from '../../src/sources/unified-diff.js';

const RUNS = { numRuns: 200, interruptAfterTimeLimit: 20_000 } as const;
const TIMEOUT = 60_000;

/** Parses, or throws a MandateError; anything else fails the property. */
function parsesOrDomainError(parse: () => unknown): void {
  try {
    parse();
  } catch (error) {
    if (!(error instanceof MandateError)) {
      throw new Error(`not a domain error: ${(error as Error)?.stack ?? String(error)}`);
    }
    // A domain error is a sentence a user can act on: it names the file.
    expect(error.message.length).toBeGreaterThan(0);
  }
}

/** Lines assembled from pieces the format uses, so that inputs get past the first check. */
const lineOf = (pieces: string[]) =>
  fc.tuple(fc.constantFrom(...pieces), fc.string({ maxLength: 12 })).map(([a, b]) => a + b);
const textOf = (pieces: string[]) =>
  fc.oneof(
    fc.string({ maxLength: 300 }),
    fc.string({ unit: 'grapheme', maxLength: 200 }),
    fc.array(lineOf(pieces), { maxLength: 25 }).map((lines) => lines.join('\n')),
  );

// ------------------------------------------------------------------------------------------------
// .mandate.yml

const CONFIG_KEYS = [
  'extends',
  'fail_on',
  'max_file_size',
  'disable',
  'rules',
  'overrides',
  'allowlist',
  'policies',
  'reviews',
  'review_settings',
  'locked',
  'fingerprint_salt',
  'inline_allow',
  'artifacts',
  'personal_data',
  'ai_services',
];
const scalar = fc.oneof(
  fc.string({ maxLength: 20 }),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.constantFrom('recommended', 'high', '2MB', 'secret/github-pat', '(a+)+$', '[', '1 year'),
);
const value = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    scalar,
    fc.array(tie('value'), { maxLength: 4 }),
    fc.dictionary(
      fc.oneof(
        fc.constantFrom(
          'id',
          'regex',
          'keywords',
          'severity',
          'paths',
          'title',
          'approved_paths',
          'approved',
          'enabled',
          'block_from_bytes',
          'pickle_allow',
          'min_contacts',
          'min_sensitive',
          'extensions',
        ),
        fc.string({ maxLength: 8 }),
      ),
      tie('value'),
      { maxKeys: 4 },
    ),
  ),
})).value;
const configObject = fc.dictionary(
  fc.oneof(fc.constantFrom(...CONFIG_KEYS), fc.string({ maxLength: 10 })),
  value,
  { maxKeys: 5 },
);

describe('parseConfig', () => {
  it(
    'arbitrary text parses or is a ConfigError',
    () => {
      fc.assert(
        fc.property(
          textOf([
            'extends: ',
            'fail_on: ',
            'rules:\n  - ',
            '  ',
            '- ',
            '&a ',
            '*a',
            '? ',
            '{',
            '[',
            '"',
            "'",
            '#',
            ': ',
            '---',
          ]),
          (text) => parsesOrDomainError(() => parseConfig(text, '.mandate.yml')),
        ),
        {
          ...RUNS,
          // Found by this property: an alias to no anchor threw a ReferenceError; so did an
          // alias bomb.
          examples: [
            ['*!'],
            ['a: *x\n'],
            [
              `a: &a [x,x]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: [*b,*b,*b,*b,*b,*b,*b,*b,*b,*b,*b,*b,*b]\n`,
            ],
          ],
        },
      );
    },
    TIMEOUT,
  );

  it(
    'arbitrary documents of config keys parse or are a ConfigError',
    () => {
      fc.assert(
        fc.property(configObject, (object) =>
          parsesOrDomainError(() => parseConfig(stringify(object), '.mandate.yml')),
        ),
        RUNS,
      );
    },
    TIMEOUT,
  );
});

// ------------------------------------------------------------------------------------------------
// unified diff (git diff / git log -p) and the REST API's patch

const DIFF_PIECES = [
  'diff --git a/',
  'diff --cc ',
  '--- a/',
  '--- /dev/null',
  '+++ b/',
  '+++ /dev/null',
  '@@ -1,2 +1,3 @@',
  '@@ -0,0 +1 @@',
  '@@ -',
  '@@ +',
  '+',
  '-',
  ' ',
  '\\ No newline at end of file',
  'new file mode 100644',
  'deleted file mode 100644',
  'new mode 120000',
  'rename from ',
  'rename to ',
  'copy from ',
  'similarity index 90%',
  'index 0000000..1111111 100644',
  'Binary files a/x and b/x differ',
  '"a/\\303\\251"',
  '\u0001mandate-commit\u0002',
];

function runParser(text: string, cuts: number[]): ChangedFile[] {
  const parser = new UnifiedDiffParser({
    maxFileSize: 4096,
    commitMarker: '\u0001mandate-commit\u0002',
  });
  const out: ChangedFile[] = [];
  let last = 0;
  for (const cut of [...cuts.map((c) => c % (text.length + 1))].sort((a, b) => a - b)) {
    parser.write(text.slice(last, cut));
    out.push(...parser.take());
    last = cut;
  }
  parser.write(text.slice(last));
  parser.end();
  out.push(...parser.take());
  return out;
}

/** What a parsed file says, without functions (blob readers) that cannot be compared. */
function shape(files: ChangedFile[]): unknown {
  return JSON.parse(JSON.stringify(files));
}

describe('UnifiedDiffParser', () => {
  it(
    'arbitrary diff text never throws, and the result does not depend on how it is chunked',
    () => {
      fc.assert(
        fc.property(textOf(DIFF_PIECES), fc.array(fc.nat(), { maxLength: 6 }), (text, cuts) => {
          const whole = runParser(text, []);
          expect(shape(runParser(text, cuts))).toEqual(shape(whole));
          for (const file of whole) {
            for (const hunk of file.hunks ?? []) {
              expect(Number.isInteger(hunk.startLine)).toBe(true);
              expect(hunk.startLine).toBeGreaterThanOrEqual(0);
            }
          }
        }),
        RUNS,
      );
    },
    TIMEOUT,
  );

  it(
    'the byte stream parser resolves (no rejection) for arbitrary bytes',
    async () => {
      await fc.assert(
        fc.asyncProperty(fc.uint8Array({ maxLength: 400 }), fc.nat(400), async (bytes, cut) => {
          async function* chunks() {
            yield bytes.slice(0, cut);
            yield bytes.slice(cut);
          }
          const parser = new UnifiedDiffParser({ maxFileSize: 4096 });
          const files: ChangedFile[] = [];
          for await (const file of parseDiffStream(chunks(), parser)) files.push(file);
          expect(Array.isArray(files)).toBe(true);
        }),
        RUNS,
      );
    },
    TIMEOUT,
  );
});

describe('parsePatch and addedLines (GitHub API)', () => {
  it(
    'arbitrary patches never throw and give sane line numbers',
    () => {
      fc.assert(
        fc.property(textOf(DIFF_PIECES), (patch) => {
          const parsed = parsePatch(patch);
          expect(parsed.lines).toBeGreaterThanOrEqual(0);
          for (const hunk of parsed.hunks) expect(Number.isFinite(hunk.startLine)).toBe(true);
        }),
        RUNS,
      );
    },
    TIMEOUT,
  );

  it(
    'added lines of any two texts never throw',
    () => {
      fc.assert(
        fc.property(
          fc.option(fc.string({ maxLength: 200 }), { nil: null }),
          fc.string({ maxLength: 200 }),
          (base, head) => {
            const { lines } = addedLines(base, head);
            expect(lines).toBeGreaterThanOrEqual(0);
          },
        ),
        RUNS,
      );
    },
    TIMEOUT,
  );
});

// ------------------------------------------------------------------------------------------------
// policy front matter, template leftovers, CODEOWNERS

describe('parseFrontMatter', () => {
  it(
    'arbitrary documents give ok, missing or invalid with a line — never an exception',
    () => {
      const yamlish = textOf([
        'owner: ',
        'last_reviewed: ',
        'review_interval: ',
        '  - ',
        '&a ',
        '*a',
        '{',
        '[',
        '"',
        ': ',
        '!!binary ',
        '!!js/function ',
      ]);
      fc.assert(
        fc.property(
          fc.oneof(
            fc.string({ maxLength: 300 }),
            fc
              .tuple(
                fc.constantFrom('---\n', '\uFEFF---\n', '---\r\n', ''),
                yamlish,
                fc.constantFrom('\n---\n', '\n...\n', '\n', ''),
                fc.string({ maxLength: 50 }),
              )
              .map((parts) => parts.join('')),
          ),
          (text) => {
            const result = parseFrontMatter(text);
            expect(['ok', 'missing', 'invalid']).toContain(result.kind);
            if (result.kind === 'invalid') {
              expect(result.line).toBeGreaterThanOrEqual(1);
              expect(result.message).not.toBe('');
            }
            findTemplateLeftovers(text, ['your company name', '']);
          },
        ),
        RUNS,
      );
    },
    TIMEOUT,
  );
});

describe('parseCodeowners', () => {
  it(
    'arbitrary CODEOWNERS files parse into lines and errors, and matching never throws',
    () => {
      fc.assert(
        fc.property(
          textOf([
            '* ',
            '/src/ ',
            '*.js ',
            '**/x ',
            '@org/team',
            '@user',
            'a@b.c',
            '# ',
            '\\#',
            '[',
            '!',
            '{a,b}',
          ]),
          fc.string({ maxLength: 30 }),
          (text, path) => {
            const { lines, errors } = parseCodeowners(text);
            expect(Array.isArray(errors)).toBe(true);
            ownersOf(lines, path);
          },
        ),
        RUNS,
      );
    },
    TIMEOUT,
  );
});

// ------------------------------------------------------------------------------------------------
// .mandateignore and the baseline

const FINGERPRINT = fc
  .tuple(
    fc.constantFrom('secret/github-pat', 'policy/stale', 'x', ''),
    fc.string({ maxLength: 10 }),
    fc.constantFrom('0'.repeat(64), 'f'.repeat(64), 'zz', ''),
  )
  .map(([rule, path, hash]) => `${rule}:${path}:${hash}`);

describe('parseIgnoreFile', () => {
  it(
    'arbitrary ignore files parse or are a ConfigError',
    () => {
      fc.assert(
        fc.property(
          fc.oneof(
            textOf(['secret/github-pat:a.txt:', '# ', '  # reason', '\t', ':', '\r']),
            fc
              .array(fc.tuple(FINGERPRINT, fc.string({ maxLength: 10 })), { maxLength: 6 })
              .map((rows) => rows.map(([fp, reason]) => `${fp}  # ${reason}`).join('\n')),
          ),
          (text) => parsesOrDomainError(() => parseIgnoreFile(text, '.mandateignore')),
        ),
        RUNS,
      );
    },
    TIMEOUT,
  );
});

describe('parseBaseline', () => {
  it(
    'arbitrary baselines parse or are a ConfigError',
    () => {
      fc.assert(
        fc.property(
          fc.oneof(
            fc.string({ maxLength: 200 }),
            fc.json(),
            fc
              .record({
                version: fc.oneof(fc.constant(1), fc.jsonValue()),
                fingerprints: fc.oneof(fc.array(FINGERPRINT, { maxLength: 5 }), fc.jsonValue()),
              })
              .map((object) => JSON.stringify(object)),
          ),
          (text) => parsesOrDomainError(() => parseBaseline(text, '.mandate-baseline.json')),
        ),
        RUNS,
      );
    },
    TIMEOUT,
  );
});
